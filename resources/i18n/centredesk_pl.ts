<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../desktop/views/stock/adjust_dialog.py" line="+33" />
            <source>Adjust stock</source>
            <translation>Korekta stanu magazynowego</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Item</source>
            <translation>&amp;Artykuł</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lot and location</source>
            <translation>&amp;Partia i lokalizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change (+ in, − out)</source>
            <translation>&amp;Zmiana (+ przyjęcie, − wydanie)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Reason</source>
            <translation>P&amp;owód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>N&amp;ote</source>
            <translation>&amp;Uwagi</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This item has no stock to adjust.</source>
            <translation>Ten artykuł nie ma stanu magazynowego do skorygowania.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock that was found goes on the next count sheet.</source>
            <translation>Znalezione artykuły trafią do następnego arkusza spisowego.</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="+219" />
            <source>First administrator</source>
            <translation>Pierwszy administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This account manages users, settings and backups. Keep its password safe.</source>
            <translation>To konto służy do zarządzania użytkownikami, ustawieniami i kopiami zapasowymi. Przechowuj jego hasło w bezpiecznym miejscu.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Login name:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Full name:</source>
            <translation>&amp;Imię i nazwisko:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Powtórz hasło:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login name</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Full name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat password</source>
            <translation>Powtórz hasło</translation>
        </message>
        <message>
            <location line="+6" />
            <source>At least 8 characters. A short sentence is easy to remember and hard to guess.</source>
            <translation>Co najmniej 8 znaków. Krótkie zdanie łatwo zapamiętać, a trudno odgadnąć.</translation>
        </message>
    </context>
    <context>
        <name>AdministrationPage</name>
        <message>
            <location filename="../../desktop/views/admin/page.py" line="+32" />
            <source>Administration</source>
            <translation>Administracja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Users</source>
            <translation>&amp;Użytkownicy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit &amp;log</source>
            <translation>&amp;Dziennik zdarzeń</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Centre settings</source>
            <translation>Ustawienia &amp;ośrodka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backup</source>
            <translation>&amp;Kopia zapasowa</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/shift_dialogs.py" line="+43" />
            <source>People on the shift</source>
            <translation>Osoby na dyżurze</translation>
        </message>
        <message>
            <location line="+6" />
            <source>People on this shift</source>
            <translation>Osoby na tym dyżurze</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take off the shift</source>
            <translation>Usuń z dyżuru</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Person to add</source>
            <translation>Osoba do dodania</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add person:</source>
            <translation>&amp;Dodaj osobę:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clashes</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks:</source>
            <translation>Kontrola:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason to assign anyway</source>
            <translation>Powód przydziału mimo konfliktu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed only to assign despite a clash</source>
            <translation>Wymagane tylko przy przydziale mimo konfliktu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>&amp;Powód:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;ssign</source>
            <translation>P&amp;rzydziel</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{filled} of {needed} people</source>
            <translation>{filled} z {needed} osób</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Choose a person to see what would clash.</source>
            <translation>Wybierz osobę, aby zobaczyć możliwe konflikty.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No clashes.</source>
            <translation>Brak konfliktów.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Assigned despite the clashes; your reason was recorded.</source>
            <translation>Przydzielono mimo konfliktów; Twój powód został zapisany.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only someone who has not started the shift can be taken off it.</source>
            <translation>Z dyżuru można usunąć tylko osobę, która go nie rozpoczęła.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../desktop/views/admin/audit_page.py" line="+40" />
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;To:</source>
            <translation>&amp;Do:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From date</source>
            <translation>Data od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To date</source>
            <translation>Data do</translation>
        </message>
        <message>
            <location line="+7" />
            <source>login name</source>
            <translation>login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Użytkownik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record type</source>
            <translation>Rodzaj rekordu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>words in the details or a record number</source>
            <translation>słowa ze szczegółów lub numer rekordu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search text</source>
            <translation>Szukany tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Search</source>
            <translation>&amp;Szukaj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Wyczyść filtry</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;User:</source>
            <translation>&amp;Użytkownik:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Action:</source>
            <translation>Dz&amp;iałanie:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Record type:</source>
            <translation>&amp;Rodzaj rekordu:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Te&amp;xt:</source>
            <translation>Te&amp;kst:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Audit events</source>
            <translation>Zdarzenia w dzienniku</translation>
        </message>
        <message>
            <location line="+21" />
            <source>(any)</source>
            <translation>(dowolny)</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>Showing the newest %n event(s): narrow the filters to see older ones.</source>
            <translation>
                <numerusform>Wyświetlono %n najnowsze zdarzenie: zawęź filtry, aby zobaczyć starsze.</numerusform>
                <numerusform>Wyświetlono %n najnowsze zdarzenia: zawęź filtry, aby zobaczyć starsze.</numerusform>
                <numerusform>Wyświetlono %n najnowszych zdarzeń: zawęź filtry, aby zobaczyć starsze.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n zdarzenie</numerusform>
                <numerusform>%n zdarzenia</numerusform>
                <numerusform>%n zdarzeń</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../desktop/views/admin/audit_model.py" line="+15" />
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Użytkownik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record type</source>
            <translation>Rodzaj rekordu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Rekord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityEditor</name>
        <message>
            <location filename="../../desktop/views/rosters/availability_editor.py" line="+40" />
            <source>When the person can usually work. Add several windows for a day if needed (morning and evening); an end at or before the start runs past midnight. No windows at all means availability is not known.</source>
            <translation>Kiedy osoba zwykle może pracować. W razie potrzeby dodaj kilka przedziałów na jeden dzień (rano i wieczorem); koniec równy początkowi lub wcześniejszy oznacza przedział po północy. Brak przedziałów oznacza, że dostępność nie jest znana.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No windows: availability not known.</source>
            <translation>Brak przedziałów: dostępność nieznana.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Until</source>
            <translation>Do</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add a window</source>
            <translation>&amp;Dodaj przedział</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day of the week</source>
            <translation>Dzień tygodnia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Available from</source>
            <translation>Dostępność od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Available until</source>
            <translation>Dostępność do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this window</source>
            <translation>Usuń ten przedział</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../desktop/views/admin/backup_page.py" line="+83" />
            <source>A backup is a checked copy of the whole database, made while everyone keeps working. Keep copies on a USB drive or another computer too: a broken disk takes the backups folder with it.</source>
            <translation>Kopia zapasowa to sprawdzona kopia całej bazy danych, wykonywana bez przerywania pracy. Przechowuj kopie także na dysku USB lub innym komputerze: w razie awarii dysku przepadnie również folder z kopiami zapasowymi.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Backup folder</source>
            <translation>Folder kopii zapasowych</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Browse…</source>
            <translation>&amp;Przeglądaj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse for the backup folder</source>
            <translation>Wskaż folder kopii zapasowych</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back up &amp;now</source>
            <translation>Utwórz kopię &amp;teraz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back up now</source>
            <translation>Utwórz kopię teraz</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This is a server database: back it up with the server's own tools (pg_dump).</source>
            <translation>To baza danych na serwerze: wykonuj jej kopie zapasowe narzędziami serwera (pg_dump).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the folder for the backup</source>
            <translation>Wybierz folder na kopię zapasową</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a folder for the backup first.</source>
            <translation>Najpierw wybierz folder na kopię zapasową.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Last backup: {path}</source>
            <translation>Ostatnia kopia zapasowa: {path}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <location filename="../../desktop/views/stock/catalogue_dialog.py" line="+160" />
            <source>Catalogue and places</source>
            <translation>Katalog i miejsca</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Items</source>
            <translation>Artykuły</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;New item…</source>
            <translation>&amp;Nowy artykuł…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit item…</source>
            <translation>&amp;Edytuj artykuł…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name of the new location</source>
            <translation>Nazwa nowej lokalizacji</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+7" />
            <source>Locations</source>
            <translation>Lokalizacje</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+15" />
            <location line="+80" />
            <source>Make &amp;inactive</source>
            <translation>Oznacz jako &amp;nieaktywne</translation>
        </message>
        <message>
            <location line="-93" />
            <source>&amp;Add location</source>
            <translation>&amp;Dodaj lokalizację</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit location…</source>
            <translation>&amp;Edytuj lokalizację…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Donor or source</source>
            <translation>Darczyńca lub źródło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Osoba do kontaktu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+8" />
            <source>Donors</source>
            <translation>Darczyńcy</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Add &amp;donor</source>
            <translation>Dodaj da&amp;rczyńcę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit donor…</source>
            <translation>&amp;Edytuj darczyńcę…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Parcel templates</source>
            <translation>Szablony paczek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit limits</source>
            <translation>Limity wizyt</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location line="+18" />
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no limit</source>
            <translation>bez limitu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Save visit limits</source>
            <translation>&amp;Zapisz limity wizyt</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Make a&amp;ctive</source>
            <translation>Oznacz jako a&amp;ktywne</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Visit limits saved.</source>
            <translation>Zapisano limity wizyt.</translation>
        </message>
    </context>
    <context>
        <name>CentrePage</name>
        <message>
            <location filename="../../desktop/views/admin/centre_page.py" line="+36" />
            <location filename="../../desktop/views/setup/pages.py" line="-49" />
            <source>Centre name</source>
            <translation>Nazwa ośrodka</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/setup/pages.py" line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+6" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock the screen after this many idle minutes</source>
            <translation>Zablokuj ekran po tylu minutach bezczynności</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/setup/pages.py" line="-3" />
            <source>Centre &amp;name:</source>
            <translation>&amp;Nazwa ośrodka:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/setup/pages.py" line="+1" />
            <source>&amp;Address:</source>
            <translation>&amp;Adres:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lock the screen after:</source>
            <translation>&amp;Blokuj ekran po:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Time zone:</source>
            <translation>&amp;Strefa czasowa:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country profile: {profile}. Currency: {currency}. These were chosen at set-up.</source>
            <translation>Profil kraju: {profile}. Waluta: {currency}. Wybrano je podczas konfiguracji.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save centre settings</source>
            <translation>Zapisz ustawienia ośrodka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The centre settings were saved.</source>
            <translation>Zapisano ustawienia ośrodka.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="-3" />
            <source>Your centre</source>
            <translation>Twój ośrodek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name appears on every screen, report and letter. You can change both later.</source>
            <translation>Nazwa pojawia się na każdym ekranie, w każdym sprawozdaniu i piśmie. Oba pola można później zmienić.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the centre's name.</source>
            <translation>Wpisz nazwę ośrodka.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../desktop/views/login.py" line="+136" />
            <source>Choose your password</source>
            <translation>Ustaw własne hasło</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your password was set by the administrator. Choose your own before you carry on.</source>
            <translation>Twoje hasło ustawił administrator. Zanim przejdziesz dalej, ustaw własne.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Current password:</source>
            <translation>&amp;Obecne hasło:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Current password</source>
            <translation>Obecne hasło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password:</source>
            <translation>&amp;Nowe hasło:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New password</source>
            <translation>Nowe hasło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat it:</source>
            <translation>Po&amp;wtórz hasło:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat the new password</source>
            <translation>Powtórz nowe hasło</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two new passwords are not the same.</source>
            <translation>Nowe hasła nie są takie same.</translation>
        </message>
    </context>
    <context>
        <name>ClientFileWindow</name>
        <message>
            <location filename="../../desktop/views/clients/client_file.py" line="+33" />
            <source>Client file: {title}</source>
            <translation>Akta klienta: {title}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client file sections</source>
            <translation>Sekcje akt klienta</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <location filename="../../desktop/views/clients/list_models.py" line="+25" />
            <source>Reference</source>
            <translation>Numer ewidencyjny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head of household</source>
            <translation>Głowa gospodarstwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Members</source>
            <translation>Członkowie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last visit</source>
            <translation>Ostatnia wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>Data rejestracji</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <location filename="../../desktop/views/clients/page.py" line="+59" />
            <source>Search name, identifier, phone, reference or address (Ctrl+F)</source>
            <translation>Szukaj po imieniu i nazwisku, identyfikatorze, telefonie, numerze ewidencyjnym lub adresie (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search clients</source>
            <translation>Szukaj klientów</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Include &amp;archived</source>
            <translation>Uwzględnij &amp;zarchiwizowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New intake…</source>
            <translation>&amp;Nowa rejestracja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register a new household (Ctrl+N)</source>
            <translation>Zarejestruj nowe gospodarstwo domowe (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Importuj…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A&amp;gencies…</source>
            <translation>&amp;Instytucje…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The directory of outside agencies that clients are referred to</source>
            <translation>Katalog instytucji zewnętrznych, do których kieruje się klientów</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Com&amp;plaints…</source>
            <translation>&amp;Skargi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints taken at the desk and how they were resolved</source>
            <translation>Skargi przyjęte w punkcie obsługi i sposób ich rozpatrzenia</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Aktywne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Archived</source>
            <translation>Zarchiwizowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>Wszystkie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Need</source>
            <translation>Potrzeba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any need</source>
            <translation>Dowolna potrzeba</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Last visit</source>
            <translation>Ostatnia wizyta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any last visit</source>
            <translation>Dowolny termin wizyty</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Visited in the last 30 days</source>
            <translation>Wizyta w ostatnich 30 dniach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No visit for 30 days</source>
            <translation>Brak wizyty od 30 dni</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No visit for 90 days</source>
            <translation>Brak wizyty od 90 dni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>N&amp;eed:</source>
            <translation>&amp;Potrzeba:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last visit:</source>
            <translation>&amp;Ostatnia wizyta:</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Clients</source>
            <translation>Klienci</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n wynik</numerusform>
                <numerusform>%n wyniki</numerusform>
                <numerusform>%n wyników</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n household(s)</source>
            <translation>
                <numerusform>%n gospodarstwo domowe</numerusform>
                <numerusform>%n gospodarstwa domowe</numerusform>
                <numerusform>%n gospodarstw domowych</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/desk.py" line="+97" />
            <source>Correct attendance</source>
            <translation>Korekta obecności</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signed out</source>
            <translation>Wyjście zarejestrowane</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did not come (no-show)</source>
            <translation>Nieobecność (osoba nie przyszła)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason for the correction</source>
            <translation>Powód korekty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed &amp;in:</source>
            <translation>&amp;Przyjście:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason:</source>
            <translation>P&amp;owód:</translation>
        </message>
    </context>
    <context>
        <name>CountDialog</name>
        <message>
            <location filename="../../desktop/views/stock/count_dialog.py" line="+130" />
            <source>Count lines</source>
            <translation>Pozycje inwentaryzacji</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Print count sheet…</source>
            <translation>&amp;Drukuj arkusz spisowy…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save counts</source>
            <translation>&amp;Zapisz wyniki spisu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;ost differences</source>
            <translation>Za&amp;księguj różnice</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Count {id}: {location}</source>
            <translation>Inwentaryzacja {id}: {location}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{location}, count date {date}. Type what is on the shelf; 0 where nothing is found.</source>
            <translation>{location}, data inwentaryzacji {date}. Wpisz, co jest na półce; 0, jeśli nic nie znaleziono.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Save the count sheet</source>
            <translation>Zapisz arkusz spisowy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Post the differences as stock adjustments?</source>
            <translation>Zaksięgować różnice jako korekty stanu magazynowego?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After posting, no movement may be dated before the count date.</source>
            <translation>Po zaksięgowaniu żaden ruch nie może mieć daty wcześniejszej niż data inwentaryzacji.</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Count posted: %n difference(s) adjusted.</source>
            <translation>
                <numerusform>Zaksięgowano inwentaryzację: skorygowano %n różnicę.</numerusform>
                <numerusform>Zaksięgowano inwentaryzację: skorygowano %n różnice.</numerusform>
                <numerusform>Zaksięgowano inwentaryzację: skorygowano %n różnic.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountLinesModel</name>
        <message>
            <location line="-168" />
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>Partia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry</source>
            <translation>Termin ważności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Oczekiwano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Policzono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference</source>
            <translation>Różnica</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../desktop/views/crash.py" line="+50" />
            <source>{app}: unexpected error</source>
            <translation>{app}: nieoczekiwany błąd</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Something went wrong inside CentreDesk. What you were doing may not have been saved, but your open windows and forms are untouched: check them, then carry on or save your work.</source>
            <translation>W CentreDesk wystąpił błąd. To, co właśnie robiłeś(-aś), mogło nie zostać zapisane, ale otwarte okna i formularze są nienaruszone: sprawdź je, a następnie kontynuuj pracę lub ją zapisz.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The details were written to the log file:
{path}</source>
            <translation>Szczegóły zapisano w pliku dziennika:
{path}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Error details</source>
            <translation>Szczegóły błędu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy details</source>
            <translation>&amp;Kopiuj szczegóły</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy details</source>
            <translation>Kopiuj szczegóły</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desktop/views/dashboard/page.py" line="+75" />
            <source>Welcome, {name}</source>
            <translation>Witaj, {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{centre} — you are signed in as {role}.</source>
            <translation>{centre} — zalogowano jako: {role}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dashboard status</source>
            <translation>Stan pulpitu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the figures again (F5)</source>
            <translation>Wczytaj dane ponownie (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the dashboard</source>
            <translation>Odśwież pulpit</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nothing needs your attention today.</source>
            <translation>Dziś nic nie wymaga Twojej uwagi.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loading the dashboard</source>
            <translation>Wczytywanie pulpitu</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The dashboard could not be loaded: {reason}</source>
            <translation>Nie udało się wczytać pulpitu: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The dashboard could not be loaded.</source>
            <translation>Nie udało się wczytać pulpitu.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Figures for {day}, updated at {time}.</source>
            <translation>Dane na dzień {day}, zaktualizowane o {time}.</translation>
        </message>
    </context>
    <context>
        <name>DeskModel</name>
        <message>
            <location filename="../../desktop/views/rosters/desk.py" line="-40" />
            <source>nobody assigned</source>
            <translation>brak przypisanych osób</translation>
        </message>
    </context>
    <context>
        <name>DeskPanel</name>
        <message>
            <location line="+74" />
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shifts on</source>
            <translation>Dyżury w dniu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign &amp;in</source>
            <translation>Zarejestruj &amp;przyjście</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign &amp;out</source>
            <translation>Zarejestruj &amp;wyjście</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No-show</source>
            <translation>&amp;Nieobecność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Correct…</source>
            <translation>&amp;Koryguj…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Today's shifts</source>
            <translation>Dzisiejsze dyżury</translation>
        </message>
    </context>
    <context>
        <name>DonorDialog</name>
        <message>
            <location filename="../../desktop/views/stock/places_dialogs.py" line="+80" />
            <source>Edit donor or source</source>
            <translation>Edytuj darczyńcę lub źródło</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In use (offered when receiving stock)</source>
            <translation>W użyciu (proponowany przy przyjęciu towaru)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Kind</source>
            <translation>&amp;Rodzaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact person</source>
            <translation>&amp;Osoba kontaktowa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../desktop/views/clients/duplicates_dialog.py" line="+22" />
            <location line="+5" />
            <source>Possible duplicates</source>
            <translation>Możliwe duplikaty</translation>
        </message>
        <message>
            <location line="-3" />
            <source>These people may already be registered. Open a match to check, merge the new entry into it, or save anyway.</source>
            <translation>Te osoby mogą być już zarejestrowane. Otwórz dopasowanie, aby to sprawdzić, scal z nim nowy wpis albo mimo to zapisz.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{new} → {existing} {born} {address} ({reason})</source>
            <translation>{new} → {existing} {born} {address} ({reason})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Open match</source>
            <translation>&amp;Otwórz dopasowanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge into match</source>
            <translation>&amp;Scal z dopasowaniem</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save anyway</source>
            <translation>&amp;Zapisz mimo to</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back to the form</source>
            <translation>&amp;Wróć do formularza</translation>
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <location filename="../../desktop/views/reports/models.py" line="+26" />
            <source>Section</source>
            <translation>Sekcja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Figure</source>
            <translation>Wskaźnik</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Values</source>
            <translation>Wartości</translation>
        </message>
    </context>
    <context>
        <name>GenerateDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="+159" />
            <source>Create shifts from the templates</source>
            <translation>Utwórz dyżury z szablonów</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Leave out public holidays</source>
            <translation>Pomiń dni świąteczne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>&amp;Do:</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n shifts created.</source>
            <translation>
                <numerusform>Utworzono %n dyżur.</numerusform>
                <numerusform>Utworzono %n dyżury.</numerusform>
                <numerusform>Utworzono %n dyżurów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already existed and were left as they were.</source>
            <translation>
                <numerusform>%n dyżur już istniał i pozostał bez zmian.</numerusform>
                <numerusform>%n dyżury już istniały i pozostały bez zmian.</numerusform>
                <numerusform>%n dyżurów już istniało i pozostało bez zmian.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Public holidays left out: {days}</source>
            <translation>Pominięte dni świąteczne: {days}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check these public holidays: {days}</source>
            <translation>Sprawdź te dni świąteczne: {days}</translation>
        </message>
    </context>
    <context>
        <name>HoursModel</name>
        <message>
            <location filename="../../desktop/views/rosters/hours_panel.py" line="+45" />
            <source>Post</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Shifts</source>
            <translation>Dyżury</translation>
        </message>
        <message>
            <location line="-1" />
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Hours</source>
            <translation>Godziny</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No-shows</source>
            <translation>Nieobecności</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>Total</source>
            <translation>Razem</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <location line="+50" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Volunteers only</source>
            <translation>Tylko wolontariusze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show</source>
            <translation>&amp;Pokaż</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xcel…</source>
            <translation>E&amp;xcel…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hours by person</source>
            <translation>Godziny według osób</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours by post</source>
            <translation>Godziny według stanowisk</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{people} people worked {hours} hours on completed shifts.</source>
            <translation>Liczba osób: {people}, przepracowane godziny na zakończonych dyżurach: {hours}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel files (*.xlsx)</source>
            <translation>Pliki Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the hours report</source>
            <translation>Zapisz zestawienie godzin</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saving the hours report</source>
            <translation>Zapisywanie zestawienia godzin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved to {path}</source>
            <translation>Zapisano w {path}</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <location filename="../../desktop/views/clients/edit_dialogs.py" line="+89" />
            <source>Edit household</source>
            <translation>Edytuj gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reference</source>
            <translation>Numer ewidencyjny</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Rural area</source>
            <translation>Obszar wiejski</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Housing situation</source>
            <translation>Sytuacja mieszkaniowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Miesięczny dochód</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/views/clients/import_dialog.py" line="+89" />
            <source>Import {kind}</source>
            <translation>Import: {kind}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>File to import</source>
            <translation>Plik do zaimportowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A .csv (UTF-8) or .xlsx file with a header row</source>
            <translation>Plik .csv (UTF-8) lub .xlsx z wierszem nagłówka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Wybierz plik…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;heck</source>
            <translation>&amp;Sprawdź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download &amp;template…</source>
            <translation>Pobierz sza&amp;blon…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a file, then Check: nothing is imported before you confirm.</source>
            <translation>Wybierz plik, a potem kliknij Sprawdź: nic nie zostanie zaimportowane, dopóki tego nie potwierdzisz.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Problems found</source>
            <translation>Wykryte problemy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import &amp;valid rows</source>
            <translation>Importuj &amp;poprawne wiersze</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the file to import</source>
            <translation>Wybierz plik do zaimportowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Arkusze kalkulacyjne (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the template</source>
            <translation>Zapisz szablon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Checking the file</source>
            <translation>Sprawdzanie pliku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importing</source>
            <translation>Importowanie</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Unknown columns (ignored): {columns}</source>
            <translation>Nieznane kolumny (pominięte): {columns}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>Zaimportowano %n wiersz.</numerusform>
                <numerusform>Zaimportowano %n wiersze.</numerusform>
                <numerusform>Zaimportowano %n wierszy.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) read</source>
            <translation>
                <numerusform>Odczytano %n wiersz</numerusform>
                <numerusform>Odczytano %n wiersze</numerusform>
                <numerusform>Odczytano %n wierszy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n valid</source>
            <translation>
                <numerusform>%n poprawny</numerusform>
                <numerusform>%n poprawne</numerusform>
                <numerusform>%n poprawnych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n z problemami</numerusform>
                <numerusform>%n z problemami</numerusform>
                <numerusform>%n z problemami</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportIssuesModel</name>
        <message>
            <location line="-150" />
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation>Kolumna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <location filename="../../desktop/views/clients/intake_dialog.py" line="+53" />
            <source>Female</source>
            <translation>Kobieta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Mężczyzna</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Unknown</source>
            <translation>Nieznana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Brak</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Write the birth date as YYYY-MM-DD, or only the year (YYYY).</source>
            <translation>Wpisz datę urodzenia w formacie YYYY-MM-DD albo sam rok (YYYY).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the household lives and how to reach it.</source>
            <translation>Gdzie mieszka gospodarstwo domowe i jak się z nim skontaktować.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No household: one person served on their own (e.g. sleeping rough)</source>
            <translation>Bez gospodarstwa domowego: osoba obsługiwana samodzielnie (np. w kryzysie bezdomności)</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+70" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="-69" />
            <source>Housing situation</source>
            <translation>Sytuacja mieszkaniowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Miesięczny dochód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered on</source>
            <translation>Data rejestracji</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Write the income as a number, e.g. 1250.50.</source>
            <translation>Wpisz dochód jako liczbę, np. 1250.50.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Members</source>
            <translation>Członkowie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter each person and press Enter to add them. The first is the head of household.</source>
            <translation>Wpisz dane każdej osoby i naciśnij Enter, aby ją dodać. Pierwsza osoba jest głową gospodarstwa.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>YYYY-MM-DD or YYYY</source>
            <translation>YYYY-MM-DD lub YYYY</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Disability</source>
            <translation>Niepełnosprawność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Pokrewieństwo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier type</source>
            <translation>Rodzaj identyfikatora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier number</source>
            <translation>Numer identyfikatora</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Add member</source>
            <translation>&amp;Dodaj członka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove selected</source>
            <translation>&amp;Usuń zaznaczonego</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Members added</source>
            <translation>Dodani członkowie</translation>
        </message>
        <message>
            <location line="+51" />
            <source>A person without a household is registered on their own: keep one member only.</source>
            <translation>Osoba bez gospodarstwa domowego jest rejestrowana samodzielnie: pozostaw tylko jednego członka.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose exactly one head of household.</source>
            <translation>Wskaż dokładnie jedną głowę gospodarstwa.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <source>Needs</source>
            <translation>Potrzeby</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Tick what the household needs help with (Space ticks, arrows move).</source>
            <translation>Zaznacz, w czym gospodarstwo domowe potrzebuje pomocy (Spacja zaznacza, strzałki przesuwają).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Consent</source>
            <translation>Zgoda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What every member agreed to. Saving (Enter) registers the household.</source>
            <translation>Na co zgodził się każdy członek. Zapisanie (Enter) rejestruje gospodarstwo domowe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Agreed to the processing of their personal data</source>
            <translation>Zgoda na przetwarzanie danych osobowych</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreed to photos</source>
            <translation>Zgoda na zdjęcia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consent given on</source>
            <translation>Data wyrażenia zgody</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Given on</source>
            <translation>Data zgody</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New intake</source>
            <translation>Nowe przyjęcie</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="-103" />
            <source>Welcome to CentreDesk</source>
            <translation>Witamy w CentreDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose your language, then set up your centre or try CentreDesk on practice data.</source>
            <translation>Wybierz język, a następnie skonfiguruj swój ośrodek lub wypróbuj CentreDesk na danych do ćwiczeń.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set up my centre</source>
            <translation>&amp;Skonfiguruj mój ośrodek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the real database: your centre's details and the first administrator.</source>
            <translation>Uruchom prawdziwą bazę danych: dane Twojego ośrodka i pierwszy administrator.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a &amp;training database with demo data</source>
            <translation>Otwórz &amp;bazę szkoleniową z danymi demonstracyjnymi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A separate practice file full of made-up households, stock and staff, for learning safely. Nothing done there touches real records; you can set up your centre later.</source>
            <translation>Oddzielny plik do ćwiczeń z fikcyjnymi gospodarstwami domowymi, stanami magazynowymi i personelem, do bezpiecznej nauki. Nic, co tam zrobisz, nie zmienia prawdziwych danych; swój ośrodek możesz skonfigurować później.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../../desktop/views/stock/catalogue_dialog.py" line="-256" />
            <source>Edit item</source>
            <translation>Edytuj artykuł</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New item</source>
            <translation>Nowy artykuł</translation>
        </message>
        <message>
            <location line="+10" />
            <source>e.g. 0.5 (empty: not weighed)</source>
            <translation>np. 0,5 (puste: bez wagi)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perishable (needs an expiry date)</source>
            <translation>Łatwo psujący się (wymaga daty ważności)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scan the barcode here; several separated by ;</source>
            <translation>Zeskanuj tutaj kod kreskowy; kilka kodów oddziel znakiem ;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In use</source>
            <translation>W użyciu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Category</source>
            <translation>&amp;Kategoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Unit</source>
            <translation>&amp;Jednostka</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Weight of one unit (kg)</source>
            <translation>&amp;Waga jednej jednostki (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reorder level</source>
            <translation>Stan &amp;minimalny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Barcodes</source>
            <translation>Ko&amp;dy kreskowe</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{value} is not a number.</source>
            <translation>{value} nie jest liczbą.</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <location filename="../../desktop/views/stock/places_dialogs.py" line="-38" />
            <source>Edit location</source>
            <translation>Edytuj lokalizację</translation>
        </message>
        <message>
            <location line="+8" />
            <source>In use (offered for receipts, parcels and transfers)</source>
            <translation>W użyciu (proponowana przy przyjęciach, paczkach i przesunięciach)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Kind</source>
            <translation>&amp;Rodzaj</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../desktop/views/lock.py" line="+109" />
            <source>CentreDesk is locked</source>
            <translation>CentreDesk jest zablokowany</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is signed in. Enter your password to carry on where you left off.</source>
            <translation>Zalogowany użytkownik: {name}. Wpisz swoje hasło, aby kontynuować pracę w miejscu, w którym została przerwana.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Sign out</source>
            <translation>&amp;Wyloguj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign out</source>
            <translation>Wyloguj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else can then sign in. Unsaved changes in open forms are lost.</source>
            <translation>Wtedy może zalogować się ktoś inny. Niezapisane zmiany w otwartych formularzach zostaną utracone.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation>&amp;Odblokuj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock</source>
            <translation>Odblokuj</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The password is wrong, or the account is locked after too many tries.</source>
            <translation>Hasło jest nieprawidłowe albo konto zostało zablokowane po zbyt wielu próbach.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again, or sign out so that someone else can sign in.</source>
            <translation>Spróbuj ponownie albo wyloguj się, aby mógł zalogować się ktoś inny.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop/views/login.py" line="-72" />
            <source>Sign in — {app}</source>
            <translation>Logowanie — {app}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Login name:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lan&amp;guage:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login name</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation>&amp;Zaloguj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>TRAINING DATABASE — practice data only. Accounts: {accounts}. Password: {password}</source>
            <translation>BAZA SZKOLENIOWA — wyłącznie dane do ćwiczeń. Konta: {accounts}. Hasło: {password}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="+73" />
            <source>TRAINING DATABASE — practice data only: nothing you do here touches real records.</source>
            <translation>BAZA SZKOLENIOWA — wyłącznie dane do ćwiczeń: nic, co tu zrobisz, nie zmienia prawdziwych danych.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Parts of CentreDesk</source>
            <translation>Moduły CentreDesk</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Page</source>
            <translation>Strona</translation>
        </message>
        <message>
            <location line="+35" />
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Utwórz kopię zapasową bazy danych…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Lock screen</source>
            <translation>&amp;Zablokuj ekran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign out</source>
            <translation>&amp;Wyloguj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Settings</source>
            <translation>&amp;Ustawienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About CentreDesk</source>
            <translation>&amp;O programie CentreDesk</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Page {n}</source>
            <translation>Strona {n}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Signed in: {name} ({role})</source>
            <translation>Zalogowano: {name} ({role})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database: {where}</source>
            <translation>Baza danych: {where}</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Locked — {app}</source>
            <translation>Zablokowano — {app}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Your language is now {language}.</source>
            <translation>Wybrany język: {language}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign out and sign in again to see CentreDesk in it.</source>
            <translation>Wyloguj się i zaloguj ponownie, aby zobaczyć CentreDesk w tym języku.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CentreDesk {version}</source>
            <translation>CentreDesk {version}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: {db}
Log file: {log}</source>
            <translation>Baza danych: {db}
Plik dziennika: {log}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About CentreDesk</source>
            <translation>O programie CentreDesk</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../desktop/views/clients/members_model.py" line="+16" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Pokrewieństwo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Data dołączenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left</source>
            <translation>Data odejścia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flags</source>
            <translation>Oznaczenia</translation>
        </message>
        <message>
            <location line="+27" />
            <source>disability</source>
            <translation>niepełnosprawność</translation>
        </message>
        <message>
            <location line="+2" />
            <source>special needs</source>
            <translation>szczególne potrzeby</translation>
        </message>
        <message>
            <location line="+2" />
            <source>birth year only</source>
            <translation>tylko rok urodzenia</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(erased)</source>
            <translation>(dane usunięte)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../desktop/views/clients/edit_dialogs.py" line="+99" />
            <source>Merge a duplicate into this record</source>
            <translation>Scal duplikat z tym rekordem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge</source>
            <translation>&amp;Scal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything attached to the duplicate (members, services, case files) moves to this record; the duplicate is then removed.</source>
            <translation>Wszystko, co jest powiązane z duplikatem (członkowie, świadczenia, akta spraw), zostanie przeniesione do tego rekordu; następnie duplikat zostanie usunięty.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find the duplicate</source>
            <translation>Znajdź duplikat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matching records</source>
            <translation>Pasujące rekordy</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Find and choose the duplicate record first.</source>
            <translation>Najpierw znajdź i wybierz duplikat.</translation>
        </message>
    </context>
    <context>
        <name>MovedOutDialog</name>
        <message>
            <location line="-51" />
            <source>Moved out</source>
            <translation>Wyprowadzka</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} no longer lives in this household from:</source>
            <translation>{name} nie mieszka w tym gospodarstwie domowym od:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left on</source>
            <translation>Data wyprowadzki</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop/views/clients/overview_tab.py" line="+56" />
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Members</source>
            <translation>Członkowie</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit &amp;household…</source>
            <translation>Edytuj &amp;gospodarstwo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;dd member…</source>
            <translation>&amp;Dodaj członka…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit &amp;person…</source>
            <translation>Edytuj &amp;osobę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mo&amp;ved out…</source>
            <translation>&amp;Wyprowadzka…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge a duplicate…</source>
            <translation>&amp;Scal duplikat…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export personal data…</source>
            <translation>Eksportuj dane osobowe…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+72" />
            <source>Archive</source>
            <translation>Archiwizuj</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Erase personal data…</source>
            <translation>Usuń dane osobowe…</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Housing</source>
            <translation>Sytuacja mieszkaniowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Miesięczny dochód</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registered</source>
            <translation>Data rejestracji</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Members now</source>
            <translation>Obecni członkowie</translation>
        </message>
        <message>
            <location line="+9" />
            <source>(erased)</source>
            <translation>(dane usunięte)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Born</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Numer identyfikacyjny</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none (served on their own)</source>
            <translation>brak (osoba obsługiwana indywidualnie)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(archived)</source>
            <translation>(w archiwum)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erased record</source>
            <translation>Rekord z usuniętymi danymi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Przywróć</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Export personal data</source>
            <translation>Eksportuj dane osobowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saved {pdf} and {json}.</source>
            <translation>Zapisano {pdf} i {json}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Archive this household?</source>
            <translation>Zarchiwizować to gospodarstwo domowe?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It disappears from daily lists and search; nothing is deleted and it can be restored.</source>
            <translation>Zniknie z codziennych list i wyników wyszukiwania; nic nie zostanie usunięte i można je będzie przywrócić.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Erase the personal data of this record for good?</source>
            <translation>Trwale usunąć dane osobowe z tego rekordu?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names, identifiers, contact details and notes are removed and cannot be brought back. Anonymous service counts are kept.</source>
            <translation>Imiona i nazwiska, numery identyfikacyjne, dane kontaktowe i notatki zostaną usunięte bez możliwości odzyskania. Anonimowe liczby świadczeń zostaną zachowane.</translation>
        </message>
    </context>
    <context>
        <name>ParcelWidget</name>
        <message>
            <location filename="../../desktop/views/stock/parcel.py" line="+63" />
            <source>Find the household: name, reference, ID number or phone</source>
            <translation>Znajdź gospodarstwo domowe: nazwisko, numer ewidencyjny, numer identyfikacyjny lub telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find household</source>
            <translation>Znajdź gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Households found</source>
            <translation>Znalezione gospodarstwa domowe</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No household chosen yet.</source>
            <translation>Nie wybrano jeszcze gospodarstwa domowego.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>(choose a template)</source>
            <translation>(wybierz szablon)</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Add &amp;template</source>
            <translation>Dodaj &amp;szablon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit templates…</source>
            <translation>&amp;Edytuj szablony…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Location</source>
            <translation>&amp;Lokalizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Template</source>
            <translation>Szablon</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Parcel lines</source>
            <translation>Pozycje paczki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Remove line</source>
            <translation>&amp;Usuń pozycję</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Give parcel</source>
            <translation>&amp;Wydaj paczkę</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Your role may not look clients up: ask the front desk.</source>
            <translation>Twoja rola nie pozwala wyszukiwać klientów: poproś o to recepcję.</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>{ref} · {name} · %n member(s)</source>
            <translation>
                <numerusform>{ref} · {name} · %n osoba</numerusform>
                <numerusform>{ref} · {name} · %n osoby</numerusform>
                <numerusform>{ref} · {name} · %n osób</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last parcel: {date}</source>
            <translation>Ostatnia paczka: {date}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No item has the barcode or name {code}.</source>
            <translation>Żaden artykuł nie ma kodu kreskowego ani nazwy {code}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose the household first.</source>
            <translation>Najpierw wybierz gospodarstwo domowe.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Visit limit</source>
            <translation>Limit wizyt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for giving another parcel (it is recorded):</source>
            <translation>Powód wydania kolejnej paczki (zostanie zapisany):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was saved.</source>
            <translation>Nic nie zostało zapisane.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Parcel {id} given. {weight}</source>
            <translation>Wydano paczkę {id}. {weight}</translation>
        </message>
    </context>
    <context>
        <name>ParcelsTab</name>
        <message>
            <location filename="../../desktop/views/stock/parcels_tab.py" line="+34" />
            <location line="+6" />
            <source>Recent parcels</source>
            <translation>Ostatnie paczki</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Parcels are given to households: open the person's household.</source>
            <translation>Paczki wydaje się gospodarstwom domowym: otwórz gospodarstwo domowe tej osoby.</translation>
        </message>
    </context>
    <context>
        <name>PeopleServedChart</name>
        <message>
            <location filename="../../desktop/views/dashboard/chart.py" line="+23" />
            <source>People served per month (each person once a month)</source>
            <translation>Osoby objęte pomocą w miesiącu (każda osoba raz w miesiącu)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chart of people served per month</source>
            <translation>Wykres osób objętych pomocą w kolejnych miesiącach</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People served</source>
            <translation>Obsłużone osoby</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <location filename="../../desktop/views/stock/adjust_dialog.py" line="+26" />
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;Do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>Do</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../desktop/views/clients/edit_dialogs.py" line="-61" />
            <source>Edit person</source>
            <translation>Edytuj osobę</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add member</source>
            <translation>Dodaj członka</translation>
        </message>
        <message>
            <location line="+4" />
            <source>YYYY-MM-DD or YYYY</source>
            <translation>YYYY-MM-DD lub YYYY</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Disability</source>
            <translation>Niepełnosprawność</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Given name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Family name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Identifier type</source>
            <translation>Rodzaj identyfikatora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier number</source>
            <translation>Numer identyfikatora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special needs</source>
            <translation>Specjalne potrzeby</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationship</source>
            <translation>Pokrewieństwo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Joined on</source>
            <translation>Data dołączenia</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="-113" />
            <source>Post</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name:</source>
            <translation>&amp;Nazwa:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description:</source>
            <translation>&amp;Opis:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requires</source>
            <translation>Wymaga</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="+34" />
            <source>Country profile</source>
            <translation>Profil kraju</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The profile seeds the needs list, the personal identifier, the address form, the currency and the public holidays.</source>
            <translation>Profil określa początkową listę potrzeb, identyfikator osobowy, formularz adresu, walutę i dni świąteczne.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../desktop/views/tasks.py" line="+73" />
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancelling… the work stops at the next safe point.</source>
            <translation>Anulowanie… praca zatrzyma się w najbliższym bezpiecznym momencie.</translation>
        </message>
    </context>
    <context>
        <name>QualityModel</name>
        <message>
            <location filename="../../desktop/views/reports/models.py" line="+76" />
            <source>Data-quality check</source>
            <translation>Kontrola jakości danych</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>Rekordy</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../../desktop/views/stock/receipt_dialog.py" line="+35" />
            <source>Receive stock</source>
            <translation>Przyjęcie na stan</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Donation</source>
            <translation>Darowizna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purchase</source>
            <translation>Zakup</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(not recorded)</source>
            <translation>(nie podano)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Kind</source>
            <translation>&amp;Rodzaj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Source</source>
            <translation>Ź&amp;ródło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Location</source>
            <translation>&amp;Lokalizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote</source>
            <translation>&amp;Uwagi</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Receipt lines</source>
            <translation>Pozycje przyjęcia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Remove line</source>
            <translation>U&amp;suń pozycję</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No item has the barcode or name {code}.</source>
            <translation>Żaden artykuł nie ma kodu kreskowego ani nazwy {code}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the barcode to the item in the catalogue, or pick the item by name.</source>
            <translation>Dodaj kod kreskowy do artykułu w katalogu albo wybierz artykuł po nazwie.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Receipt {id} saved: %n line(s) taken into stock.</source>
            <translation>
                <numerusform>Zapisano przyjęcie {id}: przyjęto na stan %n pozycję.</numerusform>
                <numerusform>Zapisano przyjęcie {id}: przyjęto na stan %n pozycje.</numerusform>
                <numerusform>Zapisano przyjęcie {id}: przyjęto na stan %n pozycji.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <location filename="../../desktop/views/rosters/register_panel.py" line="+213" />
            <source>Find by name or role</source>
            <translation>Szukaj po imieniu, nazwisku lub roli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a person</source>
            <translation>Znajdź osobę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show inactive</source>
            <translation>Pokaż nieaktywne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New person…</source>
            <translation>&amp;Nowa osoba…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Register</source>
            <translation>Ewidencja</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../desktop/views/reports/page.py" line="+71" />
            <source>Report</source>
            <translation>Sprawozdanie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Last month</source>
            <translation>Poprzedni miesiąc</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This month</source>
            <translation>Bieżący miesiąc</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Show figures</source>
            <translation>&amp;Pokaż dane</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Report:</source>
            <translation>&amp;Sprawozdanie:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Period:</source>
            <translation>&amp;Okres:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a report and a period, then Show figures.</source>
            <translation>Wybierz sprawozdanie i okres, a następnie kliknij Pokaż dane.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Figures</source>
            <translation>Dane</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Data-quality warnings</source>
            <translation>Ostrzeżenia o jakości danych</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click a warning to see which records it concerns.</source>
            <translation>Kliknij dwukrotnie ostrzeżenie, aby zobaczyć, których rekordów dotyczy.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export &amp;Excel…</source>
            <translation>Eksportuj do &amp;Excela…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export P&amp;DF…</source>
            <translation>Eksportuj do P&amp;DF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;JSON…</source>
            <translation>Eksportuj do &amp;JSON…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>List of people served…</source>
            <translation>Lista obsłużonych osób…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The period ends before it starts.</source>
            <translation>Okres kończy się przed swoim początkiem.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting…</source>
            <translation>Liczenie…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counting the report figures</source>
            <translation>Obliczanie danych do sprawozdania</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{title}, {period}. Data-quality warnings: {n}.</source>
            <translation>{title}, {period}. Ostrzeżenia o jakości danych: {n}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancelled.</source>
            <translation>Anulowano.</translation>
        </message>
        <message>
            <location line="+15" />
            <source> (first 200 shown)</source>
            <translation> (pokazano pierwsze 200)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{check}: {count} record(s){more}.</source>
            <translation>{check}: rekordy: {count}{more}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record numbers: {ids}</source>
            <translation>Numery rekordów: {ids}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Skoroszyt programu Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF document (*.pdf)</source>
            <translation>Dokument PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Writing {name}</source>
            <translation>Zapisywanie: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written: {path}</source>
            <translation>Zapisano: {path}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Writing the list of people served</source>
            <translation>Zapisywanie listy obsłużonych osób</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) written to {path}</source>
            <translation>
                <numerusform>Zapisano %n osobę w {path}</numerusform>
                <numerusform>Zapisano %n osoby w {path}</numerusform>
                <numerusform>Zapisano %n osób w {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../desktop/views/admin/user_dialogs.py" line="+133" />
            <source>Reset password</source>
            <translation>Resetuj hasło</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New temporary password for {login}. Any lockout is lifted; they choose their own password at their next sign-in.</source>
            <translation>Nowe tymczasowe hasło dla {login}. Ewentualna blokada konta zostanie zdjęta; przy następnym logowaniu użytkownik ustawi własne hasło.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New password</source>
            <translation>Nowe hasło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat the new password</source>
            <translation>Powtórz nowe hasło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password:</source>
            <translation>&amp;Nowe hasło:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat it:</source>
            <translation>Po&amp;wtórz hasło:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The two passwords are not the same.</source>
            <translation>Hasła nie są takie same.</translation>
        </message>
    </context>
    <context>
        <name>RosterGridModel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/rosters/grid_model.py" line="+116" />
            <source>%n more people needed</source>
            <translation>
                <numerusform>Potrzebna jeszcze %n osoba</numerusform>
                <numerusform>Potrzebne jeszcze %n osoby</numerusform>
                <numerusform>Potrzeba jeszcze %n osób</numerusform>
            </translation>
        </message>
        <message>
            <location line="+37" />
            <source>Public holiday: {name}</source>
            <translation>Dzień świąteczny: {name}</translation>
        </message>
    </context>
    <context>
        <name>RosterView</name>
        <message>
            <location filename="../../desktop/views/rosters/roster_view.py" line="+59" />
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Poprzedni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous week or month (Ctrl+PgUp)</source>
            <translation>Poprzedni tydzień lub miesiąc (Ctrl+PgUp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Today</source>
            <translation>&amp;Dzisiaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next ▶</source>
            <translation>&amp;Następny ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next week or month (Ctrl+PgDown)</source>
            <translation>Następny tydzień lub miesiąc (Ctrl+PgDown)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Week</source>
            <translation>Tydzień</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period shown</source>
            <translation>Wyświetlany okres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Posts × days</source>
            <translation>Stanowiska × dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People × days</source>
            <translation>Osoby × dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Wiersze</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;shift…</source>
            <translation>Nowy d&amp;yżur…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Assign…</source>
            <translation>P&amp;rzydziel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit shift…</source>
            <translation>&amp;Edytuj dyżur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected shift (F2)</source>
            <translation>Zmień zaznaczony dyżur (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete shift…</source>
            <translation>&amp;Usuń dyżur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected shift (Delete)</source>
            <translation>Usuń zaznaczony dyżur (Delete)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;rint week…</source>
            <translation>Dr&amp;ukuj tydzień…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xcel…</source>
            <translation>E&amp;xcel…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Roster</source>
            <translation>Grafik dyżurów</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Roster summary</source>
            <translation>Podsumowanie grafiku dyżurów</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{start} to {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n shifts</source>
            <translation>
                <numerusform>%n dyżur</numerusform>
                <numerusform>%n dyżury</numerusform>
                <numerusform>%n dyżurów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n short of people</source>
            <translation>
                <numerusform>%n z brakiem obsady</numerusform>
                <numerusform>%n z brakiem obsady</numerusform>
                <numerusform>%n z brakiem obsady</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Public holidays: {days}</source>
            <translation>Dni świąteczne: {days}</translation>
        </message>
        <message>
            <location line="+35" />
            <source>People on the shift…</source>
            <translation>Osoby na dyżurze…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit shift…</source>
            <translation>Edytuj dyżur…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete shift…</source>
            <translation>Usuń dyżur…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People on {shift}…</source>
            <translation>Osoby na dyżurze {shift}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit {shift}…</source>
            <translation>Edytuj {shift}…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete {shift}…</source>
            <translation>Usuń {shift}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New shift here…</source>
            <translation>Nowy dyżur w tym miejscu…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Edit</source>
            <translation>Edytuj</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n people are assigned to it and will be taken off.</source>
            <translation>
                <numerusform>Przydzielona jest do niego %n osoba, która zostanie z niego zdjęta.</numerusform>
                <numerusform>Przydzielone są do niego %n osoby, które zostaną z niego zdjęte.</numerusform>
                <numerusform>Przydzielonych jest do niego %n osób, które zostaną z niego zdjęte.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nobody is assigned to it.</source>
            <translation>Nikt nie jest do niego przydzielony.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the shift {shift}?</source>
            <translation>Usunąć dyżur {shift}?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the printable roster</source>
            <translation>Zapisz grafik do druku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preparing the roster</source>
            <translation>Przygotowywanie grafiku dyżurów</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>The roster was saved to {path}</source>
            <translation>Grafik dyżurów zapisano w {path}</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Export the roster to Excel</source>
            <translation>Eksportuj grafik dyżurów do Excela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel files (*.xlsx)</source>
            <translation>Pliki Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>RostersPage</name>
        <message>
            <location filename="../../desktop/views/rosters/page.py" line="+25" />
            <source>Rosters</source>
            <translation>Grafiki dyżurów</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Roster</source>
            <translation>&amp;Grafik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign-in &amp;desk</source>
            <translation>&amp;Lista obecności</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Re&amp;gister</source>
            <translation>&amp;Ewidencja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Posts and &amp;templates</source>
            <translation>Stanowiska i &amp;szablony</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Hours</source>
            <translation>G&amp;odziny</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../desktop/views/clients/list_models.py" line="+80" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Born</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Household: {name}</source>
            <translation>Gospodarstwo domowe: {name}</translation>
        </message>
    </context>
    <context>
        <name>SetupPanel</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="+117" />
            <location line="+1" />
            <source>Post</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Requires</source>
            <translation>Wymaga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Posts</source>
            <translation>Stanowiska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly templates</source>
            <translation>Szablony tygodniowe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;post…</source>
            <translation>Nowe &amp;stanowisko…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit post…</source>
            <translation>&amp;Edytuj stanowisko…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New s&amp;kill or credential…</source>
            <translation>Nowa u&amp;miejętność lub uprawnienie…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New &amp;template…</source>
            <translation>Nowy sza&amp;blon…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop template</source>
            <translation>&amp;Zakończ szablon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create shifts…</source>
            <translation>&amp;Utwórz dyżury…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Credential (expires)</source>
            <translation>Uprawnienie (wygasa)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skill</source>
            <translation>Umiejętność</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>New skill or credential</source>
            <translation>Nowa umiejętność lub uprawnienie</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type:</source>
            <translation>Rodzaj:</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Stop using this template? Shifts already created stay.</source>
            <translation>Przestać używać tego szablonu? Już utworzone dyżury pozostaną.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../desktop/views/setup/wizard.py" line="+88" />
            <source>Set up {app}</source>
            <translation>Konfiguracja: {app}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Wstecz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Dalej &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The two passwords are not the same.</source>
            <translation>Hasła nie są takie same.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the same password in both boxes.</source>
            <translation>Wpisz to samo hasło w obu polach.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A training database already exists.</source>
            <translation>Baza szkoleniowa już istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes: throw it away and build a fresh one. No: open the existing one as it is.</source>
            <translation>Tak: usuń ją i utwórz nową. Nie: otwórz istniejącą bez zmian.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Building the training database</source>
            <translation>Tworzenie bazy szkoleniowej</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/shift_form.py" line="+44" />
            <source>New shift</source>
            <translation>Nowy dyżur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit shift</source>
            <translation>Edytuj dyżur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Post</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Post:</source>
            <translation>&amp;Stanowisko:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Starts:</source>
            <translation>&amp;Początek:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ends:</source>
            <translation>&amp;Koniec:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An end at or before the start means the next morning (night shift).</source>
            <translation>Koniec o tej samej lub wcześniejszej godzinie niż początek oznacza następny ranek (dyżur nocny).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People &amp;needed:</source>
            <translation>&amp;Liczba potrzebnych osób:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote:</source>
            <translation>&amp;Uwagi:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clashes</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason to save despite the clashes</source>
            <translation>Powód zapisania mimo konfliktów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed only to save despite a new clash</source>
            <translation>Wymagane tylko przy zapisie mimo nowego konfliktu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>nobody yet</source>
            <translation>jeszcze nikt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On the shift:</source>
            <translation>Na dyżurze:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks:</source>
            <translation>Kontrola:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>P&amp;owód:</translation>
        </message>
        <message>
            <location line="+40" />
            <source>(already so before this change)</source>
            <translation>(tak było już przed tą zmianą)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No clashes.</source>
            <translation>Brak konfliktów.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add a post first (Posts and templates tab).</source>
            <translation>Najpierw dodaj stanowisko (karta Stanowiska i szablony).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved despite the clashes; your reason was recorded.</source>
            <translation>Zapisano mimo konfliktów; podany powód został odnotowany.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/register_panel.py" line="-131" />
            <source>Person on the register</source>
            <translation>Osoba w ewidencji</translation>
        </message>
        <message>
            <location line="+18" />
            <source>no limit</source>
            <translation>bez limitu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>Aktywna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Given name:</source>
            <translation>&amp;Imię:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Family name:</source>
            <translation>&amp;Nazwisko:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role:</source>
            <translation>&amp;Rola:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>Tele&amp;fon:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ddress:</source>
            <translation>&amp;Adres:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency &amp;contact:</source>
            <translation>&amp;Osoba do kontaktu w nagłych wypadkach:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency p&amp;hone:</source>
            <translation>Telefon w nagłych &amp;wypadkach:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Maximum hours a week:</source>
            <translation>&amp;Maksymalna liczba godzin tygodniowo:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Login of this person</source>
            <translation>Login tej osoby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link the person to their login, so the app knows who they are on the roster.</source>
            <translation>Powiąż osobę z jej loginem, aby program wiedział, kim jest w grafiku dyżurów.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no login)</source>
            <translation>(brak loginu)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{login} (disabled)</source>
            <translation>{login} (wyłączony)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Dane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skills and credentials</source>
            <translation>Umiejętności i uprawnienia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Availability</source>
            <translation>Dostępność</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Held</source>
            <translation>Posiada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation>Ważne do</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} expires on</source>
            <translation>{name} – ważne do</translation>
        </message>
    </context>
    <context>
        <name>StockLines</name>
        <message>
            <location filename="../../desktop/views/stock/lines.py" line="+27" />
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Jednostka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>Partia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry (YYYY-MM-DD)</source>
            <translation>Termin ważności (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value (minor units)</source>
            <translation>Wartość (w groszach)</translation>
        </message>
        <message>
            <location line="+110" />
            <source>{value} is not valid here.</source>
            <translation>Wartość {value} jest tu niepoprawna.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Scan a barcode or type an item name, then Enter</source>
            <translation>Zeskanuj kod kreskowy lub wpisz nazwę artykułu i naciśnij Enter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Barcode</source>
            <translation>Kod kreskowy</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../desktop/views/stock/page.py" line="+87" />
            <source>Stock views</source>
            <translation>Widoki magazynu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Parcel</source>
            <translation>Paczka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On hand</source>
            <translation>Stan bieżący</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiring</source>
            <translation>Kończy się ważność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Below reorder level</source>
            <translation>Poniżej stanu minimalnego</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+117" />
            <source>Movement history</source>
            <translation>Historia ruchów</translation>
        </message>
        <message>
            <location line="-104" />
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <location line="+52" />
            <source>All locations</source>
            <translation>Wszystkie lokalizacje</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All categories</source>
            <translation>Wszystkie kategorie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter items by name</source>
            <translation>Filtruj artykuły po nazwie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter items</source>
            <translation>Filtruj artykuły</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stock on hand</source>
            <translation>Stan magazynowy</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Receive…</source>
            <translation>&amp;Przyjmij…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Transfer…</source>
            <translation>Prze&amp;suń…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adjust…</source>
            <translation>&amp;Koryguj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Count…</source>
            <translation>&amp;Inwentaryzacja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catalo&amp;gue…</source>
            <translation>&amp;Katalog…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print stock list…</source>
            <translation>&amp;Drukuj stan magazynowy…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print l&amp;edger…</source>
            <translation>Drukuj &amp;rejestr…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport to Excel…</source>
            <translation>&amp;Eksportuj do Excela…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import items…</source>
            <translation>&amp;Importuj artykuły…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check &amp;ledger</source>
            <translation>Sprawdź re&amp;jestr</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Lots expiring within</source>
            <translation>Partie z terminem ważności w ciągu</translation>
        </message>
        <message>
            <location line="+4" />
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation>Dni</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Write off expired…</source>
            <translation>&amp;Spisz przeterminowane…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expiring lots</source>
            <translation>Partie z kończącym się terminem</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Items below reorder level</source>
            <translation>Artykuły poniżej stanu minimalnego</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re&amp;verse…</source>
            <translation>&amp;Odwróć…</translation>
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>%n item(s) in stock</source>
            <translation>
                <numerusform>Pozycje na stanie: %n</numerusform>
                <numerusform>Pozycje na stanie: %n</numerusform>
                <numerusform>Pozycje na stanie: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{kg} kg · value {value} · {low} below reorder level</source>
            <translation>{kg} kg · wartość {value} · poniżej stanu minimalnego: {low}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Print the ledger for a period</source>
            <translation>Drukuj rejestr ruchów magazynowych za okres</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the ledger</source>
            <translation>Zapisz rejestr ruchów magazynowych</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+39" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Save the stock list</source>
            <translation>Zapisz stan magazynowy</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export stock to Excel</source>
            <translation>Eksportuj stan magazynowy do Excela</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Skoroszyty Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Exporting stock</source>
            <translation>Eksportowanie stanu magazynowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved {path}</source>
            <translation>Zapisano {path}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import items</source>
            <translation>Importuj artykuły</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Arkusze kalkulacyjne (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Importing items</source>
            <translation>Importowanie artykułów</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Line {line} {column}: {message}</source>
            <translation>Wiersz {line} {column}: {message}</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Nothing was imported: %n row(s) have problems.</source>
            <translation>
                <numerusform>Nic nie zaimportowano: wiersze z problemami: %n.</numerusform>
                <numerusform>Nic nie zaimportowano: wiersze z problemami: %n.</numerusform>
                <numerusform>Nic nie zaimportowano: wiersze z problemami: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n item(s) imported.</source>
            <translation>
                <numerusform>Zaimportowane artykuły: %n.</numerusform>
                <numerusform>Zaimportowane artykuły: %n.</numerusform>
                <numerusform>Zaimportowane artykuły: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Write off every expired lot at the chosen location(s)?</source>
            <translation>Spisać wszystkie przeterminowane partie w wybranych lokalizacjach?</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n expired lot(s) written off.</source>
            <translation>
                <numerusform>Spisane przeterminowane partie: %n.</numerusform>
                <numerusform>Spisane przeterminowane partie: %n.</numerusform>
                <numerusform>Spisane przeterminowane partie: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose the movement to reverse first.</source>
            <translation>Najpierw wybierz ruch do odwrócenia.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reverse movement {id}</source>
            <translation>Odwróć ruch {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why is this movement reversed? (It stays in the ledger; a reversing movement is added.)</source>
            <translation>Dlaczego ten ruch jest odwracany? (Pozostaje w rejestrze; zostanie dodany ruch odwracający).</translation>
        </message>
        <message>
            <location line="+19" />
            <source>On hand agrees with the ledger exactly.</source>
            <translation>Stan bieżący dokładnie zgadza się z rejestrem.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n difference(s) between on hand and the ledger.</source>
            <translation>
                <numerusform>Różnice między stanem bieżącym a rejestrem: %n.</numerusform>
                <numerusform>Różnice między stanem bieżącym a rejestrem: %n.</numerusform>
                <numerusform>Różnice między stanem bieżącym a rejestrem: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rebuild on hand from the ledger now?</source>
            <translation>Odbudować teraz stan bieżący na podstawie rejestru?</translation>
        </message>
    </context>
    <context>
        <name>StockTables</name>
        <message>
            <location filename="../../desktop/views/stock/parcels_tab.py" line="-20" />
            <location filename="../../desktop/views/stock/table_models.py" line="+95" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/template_dialog.py" line="+63" />
            <source>Items</source>
            <translation>Artykuły</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Override reason</source>
            <translation>Powód przekroczenia limitu</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/parcel.py" line="-210" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Born</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/catalogue_dialog.py" line="-89" />
            <location filename="../../desktop/views/stock/table_models.py" line="-44" />
            <location line="+21" />
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/table_models.py" line="-20" />
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/table_models.py" line="+1" />
            <source>Unit</source>
            <translation>Jednostka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg per unit</source>
            <translation>kg na jednostkę</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/table_models.py" line="+4" />
            <source>Reorder level</source>
            <translation>Stan minimalny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Barcodes</source>
            <translation>Kody kreskowe</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../desktop/views/stock/table_models.py" line="+17" />
            <location line="+23" />
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+8" />
            <location filename="../../desktop/views/stock/template_dialog.py" line="-1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Donor or source</source>
            <translation>Darczyńca lub źródło</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contact</source>
            <translation>Osoba kontaktowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/table_models.py" line="-43" />
            <location line="+21" />
            <source>On hand</source>
            <translation>Stan bieżący</translation>
        </message>
        <message>
            <location line="-20" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lots</source>
            <translation>Partie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next expiry</source>
            <translation>Najbliższy termin ważności</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Expiry</source>
            <translation>Termin ważności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days left</source>
            <translation>Pozostało dni</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+25" />
            <source>Lot</source>
            <translation>Partia</translation>
        </message>
        <message>
            <location line="-8" />
            <source>reversed</source>
            <translation>odwrócono</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No.</source>
            <translation>Lp.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Movement</source>
            <translation>Ruch magazynowy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Użytkownik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/template_dialog.py" line="-2" />
            <source>Template</source>
            <translation>Szablon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household size</source>
            <translation>Wielkość gospodarstwa</translation>
        </message>
    </context>
    <context>
        <name>StockTemplates</name>
        <message>
            <location line="-14" />
            <source>any size</source>
            <translation>dowolna wielkość</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n osoba</numerusform>
                <numerusform>%n osoby</numerusform>
                <numerusform>%n osób</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>In use</source>
            <translation>W użyciu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not in use</source>
            <translation>Nieużywany</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="-169" />
            <source>Weekly template</source>
            <translation>Szablon tygodniowy</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Post:</source>
            <translation>&amp;Stanowisko:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Every:</source>
            <translation>&amp;Dzień tygodnia:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Starts:</source>
            <translation>&amp;Początek:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;nds:</source>
            <translation>&amp;Koniec:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People &amp;needed:</source>
            <translation>&amp;Liczba potrzebnych osób:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add a post first.</source>
            <translation>Najpierw dodaj stanowisko.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/template_dialog.py" line="+26" />
            <source>Edit parcel template</source>
            <translation>Edytuj szablon paczki</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New parcel template</source>
            <translation>Nowy szablon paczki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. Standard parcel, household of 4</source>
            <translation>np. Paczka standardowa, gospodarstwo 4-osobowe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>any size</source>
            <translation>dowolna wielkość</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In use (offered on the parcel screen)</source>
            <translation>W użyciu (proponowany na ekranie paczek)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For a &amp;household of</source>
            <translation>Dla &amp;gospodarstwa liczącego</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Item (type part of its name)</source>
            <translation>Artykuł (wpisz część nazwy)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Item to add</source>
            <translation>Artykuł do dodania</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Quantity to add</source>
            <translation>Ilość do dodania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add line</source>
            <translation>&amp;Dodaj pozycję</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Item</source>
            <translation>&amp;Artykuł</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Template lines</source>
            <translation>Pozycje szablonu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove line</source>
            <translation>U&amp;suń pozycję</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Choose an item from the list first.</source>
            <translation>Najpierw wybierz artykuł z listy.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesPanel</name>
        <message>
            <location line="+45" />
            <source>Parcel templates</source>
            <translation>Szablony paczek</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New template…</source>
            <translation>&amp;Nowy szablon…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit template…</source>
            <translation>&amp;Edytuj szablon…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+38" />
            <source>Make &amp;inactive</source>
            <translation>Oznacz jako &amp;nieaktywny</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Make a&amp;ctive</source>
            <translation>Oznacz jako a&amp;ktywny</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <location filename="../../desktop/views/clients/timeline_tab.py" line="+20" />
            <source>Nothing recorded yet.</source>
            <translation>Nic jeszcze nie zarejestrowano.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timeline</source>
            <translation>Oś czasu</translation>
        </message>
    </context>
    <context>
        <name>TimezoneBox</name>
        <message>
            <location filename="../../desktop/views/timezone_box.py" line="+32" />
            <source>Centre time zone</source>
            <translation>Strefa czasowa ośrodka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type part of the name, such as Warsaw or Jakarta.</source>
            <translation>Wpisz część nazwy, np. Warsaw lub Jakarta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default for the country profile: {zone}.</source>
            <translation>Domyślna dla profilu kraju: {zone}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not chosen yet: the country profile's {zone} is used.</source>
            <translation>Jeszcze nie wybrano: używana jest strefa {zone} z profilu kraju.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shift hours are counted in this zone.</source>
            <translation>Godziny dyżurów są liczone w tej strefie.</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="+141" />
            <source>Training database</source>
            <translation>Baza szkoleniowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made-up data in your country's profile, for learning without risk.</source>
            <translation>Fikcyjne dane w profilu Twojego kraju, do nauki bez ryzyka.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Households:</source>
            <translation>&amp;Gospodarstwa domowe:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Months of history:</source>
            <translation>&amp;Miesiące historii:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households</source>
            <translation>Gospodarstwa domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Months of history</source>
            <translation>Miesiące historii</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You sign in as admin, or as one of the staff accounts shown on the sign-in screen. Every training account uses the password {password}.</source>
            <translation>Zaloguj się jako admin lub na jedno z kont pracowników widocznych na ekranie logowania. Każde konto szkoleniowe ma hasło {password}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File: {path}</source>
            <translation>Plik: {path}</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../desktop/views/stock/transfer_dialog.py" line="+23" />
            <source>Transfer stock</source>
            <translation>Przesunięcie magazynowe</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;From</source>
            <translation>&amp;Skąd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;To</source>
            <translation>&amp;Dokąd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Item</source>
            <translation>&amp;Artykuł</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Quantity</source>
            <translation>&amp;Ilość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>Da&amp;ta</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desktop/views/admin/user_dialogs.py" line="-69" />
            <source>New user</source>
            <translation>Nowy użytkownik</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit user</source>
            <translation>Edytuj użytkownika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Login name</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Full name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Login name:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Full name:</source>
            <translation>&amp;Imię i nazwisko:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role:</source>
            <translation>&amp;Rola:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Active (may sign in)</source>
            <translation>&amp;Aktywny (może się logować)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First password</source>
            <translation>Pierwsze hasło</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat the first password</source>
            <translation>Powtórz pierwsze hasło</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First &amp;password:</source>
            <translation>Pierwsze &amp;hasło:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat it:</source>
            <translation>P&amp;owtórz je:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The user chooses their own password the first time they sign in.</source>
            <translation>Przy pierwszym logowaniu użytkownik ustawi własne hasło.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>Hasła nie są takie same.</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../desktop/views/admin/users_page.py" line="+27" />
            <source>Users</source>
            <translation>Użytkownicy</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New user…</source>
            <translation>&amp;Nowy użytkownik…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset password…</source>
            <translation>&amp;Resetuj hasło…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Disable</source>
            <translation>&amp;Wyłącz</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The password was reset.</source>
            <translation>Hasło zostało zresetowane.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give it to the user; they will choose their own when they next sign in.</source>
            <translation>Przekaż je użytkownikowi; przy następnym logowaniu ustawi własne hasło.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Disable the account {login}?</source>
            <translation>Wyłączyć konto {login}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They can no longer sign in. Their records and the audit log stay; you can enable it again.</source>
            <translation>Użytkownik nie będzie mógł się już zalogować. Jego rekordy i wpisy w dzienniku zdarzeń pozostaną; konto można ponownie włączyć.</translation>
        </message>
    </context>
    <context>
        <name>UsersTableModel</name>
        <message>
            <location filename="../../desktop/views/admin/users_model.py" line="+24" />
            <source>Login name</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last sign-in</source>
            <translation>Ostatnie logowanie</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Disabled</source>
            <translation>Wyłączone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locked out</source>
            <translation>Zablokowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Aktywne</translation>
        </message>
    </context>
    <context>
        <name>account</name>
        <message>
            <location filename="../../desktop/services/account.py" line="+21" />
            <source>Your account no longer exists.</source>
            <translation>Twoje konto już nie istnieje.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unknown language.</source>
            <translation>Nieznany język.</translation>
        </message>
    </context>
    <context>
        <name>address</name>
        <message>
            <location filename="../../desktop/services/households.py" line="+28" />
            <source>Street and number</source>
            <translation>Ulica i numer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>RT</source>
            <translation>RT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>RW</source>
            <translation>RW</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town or village</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Desa / kelurahan</source>
            <translation>Desa / kelurahan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gmina</source>
            <translation>Gmina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Okręg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Powiat</source>
            <translation>Powiat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kabupaten / kota</source>
            <translation>Kabupaten / kota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Województwo</source>
            <translation>Województwo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provinsi</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region / state</source>
            <translation>Region / stan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Kod pocztowy</translation>
        </message>
    </context>
    <context>
        <name>agencies</name>
        <message>
            <location filename="../../desktop/services/agencies.py" line="+26" />
            <source>Clinic</source>
            <translation>Przychodnia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dentist</source>
            <translation>Dentysta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation>Szpital</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Job centre</source>
            <translation>Urząd pracy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal aid</source>
            <translation>Pomoc prawna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shelter</source>
            <translation>Schronisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School</source>
            <translation>Szkoła</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Police</source>
            <translation>Policja</translation>
        </message>
        <message>
            <location line="+68" />
            <location line="+15" />
            <source>Enter the name of the agency type.</source>
            <translation>Wpisz nazwę rodzaju instytucji.</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+16" />
            <source>That agency type is already in the list.</source>
            <translation>Ten rodzaj instytucji jest już na liście.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>That agency type no longer exists.</source>
            <translation>Ten rodzaj instytucji już nie istnieje.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Enter the agency's name.</source>
            <translation>Wpisz nazwę instytucji.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is too long (over 200 characters).</source>
            <translation>Nazwa jest za długa (ponad 200 znaków).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An agency with this name is already in the directory.</source>
            <translation>Instytucja o tej nazwie jest już w katalogu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The e-mail address does not look right.</source>
            <translation>Adres e-mail wygląda na nieprawidłowy.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+29" />
            <source>That agency no longer exists.</source>
            <translation>Ta instytucja już nie istnieje.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Same name as line {line}.</source>
            <translation>Ta sama nazwa co w wierszu {line}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Importing agencies</source>
            <translation>Import instytucji</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/app.py" line="+89" />
            <source>CentreDesk is already open on this computer.</source>
            <translation>CentreDesk jest już otwarty na tym komputerze.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch to its window (look in the task bar) instead of starting it again.</source>
            <translation>Przejdź do jego okna (poszukaj na pasku zadań) zamiast uruchamiać go ponownie.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot open the database</source>
            <translation>Nie można otworzyć bazy danych</translation>
        </message>
    </context>
    <context>
        <name>assessments</name>
        <message>
            <location filename="../../desktop/services/assessments.py" line="+22" />
            <source>Low</source>
            <translation>Niski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moderate</source>
            <translation>Umiarkowany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation>Wysoki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critical</source>
            <translation>Krytyczny</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pending</source>
            <translation>W toku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligible</source>
            <translation>Spełnia kryteria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly eligible</source>
            <translation>Częściowo spełnia kryteria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>Nie spełnia kryteriów</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The assessment date cannot be in the future.</source>
            <translation>Data oceny potrzeb nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Income and expenses cannot be negative.</source>
            <translation>Dochody i wydatki nie mogą być ujemne.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a severity from 1 (low) to 4 (critical).</source>
            <translation>Wybierz poziom od 1 (niski) do 4 (krytyczny).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Each need can be listed only once.</source>
            <translation>Każdą potrzebę można wpisać tylko raz.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown need category.</source>
            <translation>Nieznana kategoria potrzeb.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+31" />
            <source>Say what the client is eligible for.</source>
            <translation>Podaj, do czego klient jest uprawniony.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>That assessment no longer exists.</source>
            <translation>Ta ocena potrzeb już nie istnieje.</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../../desktop/services/maintenance.py" line="+23" />
            <source>This is a server database: back it up with the server's own tools (pg_dump).</source>
            <translation>To jest baza danych na serwerze: wykonuj jej kopię zapasową narzędziami serwera (pg_dump).</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../desktop/views/admin/backup_page.py" line="-75" />
            <source>Backing up the database</source>
            <translation>Tworzenie kopii zapasowej bazy danych</translation>
        </message>
        <message>
            <location filename="../../desktop/views/admin/backup_page.py" line="-12" />
            <source>The backup was written and checked.</source>
            <translation>Kopia zapasowa została zapisana i sprawdzona.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File: {path}</source>
            <translation>Plik: {path}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the folder for the backup</source>
            <translation>Wybierz folder na kopię zapasową</translation>
        </message>
        <message>
            <location filename="../../desktop/backup.py" line="+56" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>Nie udało się zapisać kopii zapasowej w {path}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check that the drive is connected, not full and not read-only.</source>
            <translation>Sprawdź, czy dysk jest podłączony, nie jest pełny i nie jest tylko do odczytu.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The backup cannot overwrite the database itself.</source>
            <translation>Kopia zapasowa nie może zastąpić samej bazy danych.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+49" />
            <source>The backup copy failed its check: {result}</source>
            <translation>Kopia zapasowa nie przeszła kontroli: {result}</translation>
        </message>
        <message>
            <location line="-36" />
            <source>The file {path} does not exist.</source>
            <translation>Plik {path} nie istnieje.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a CentreDesk database: nothing was restored.</source>
            <translation>{path} nie jest bazą danych CentreDesk: niczego nie przywrócono.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The backup is damaged ({result}): nothing was restored.</source>
            <translation>Kopia zapasowa jest uszkodzona ({result}): niczego nie przywrócono.</translation>
        </message>
    </context>
    <context>
        <name>care_plan_pdf</name>
        <message>
            <location filename="../../desktop/reports/care_plan_pdf.py" line="+22" />
            <source>Care plan</source>
            <translation>Plan pomocy</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Rozpoczęty</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>Next review</source>
            <translation>Następny przegląd</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Goals met</source>
            <translation>Osiągnięte cele</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goals</source>
            <translation>Cele</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Goal</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target date</source>
            <translation>Termin realizacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No goals yet.</source>
            <translation>Brak celów.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For goal</source>
            <translation>Dla celu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Responsible</source>
            <translation>Odpowiedzialny</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No actions yet.</source>
            <translation>Brak działań.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reviews</source>
            <translation>Przeglądy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Przeprowadził(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No reviews yet.</source>
            <translation>Brak przeglądów.</translation>
        </message>
    </context>
    <context>
        <name>care_plans</name>
        <message>
            <location filename="../../desktop/services/care_plans.py" line="+21" />
            <source>Open</source>
            <translation>Otwarty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>W realizacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation>Osiągnięty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not met</source>
            <translation>Nieosiągnięty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Zaniechany</translation>
        </message>
        <message>
            <location line="+61" />
            <source>That care plan no longer exists.</source>
            <translation>Ten plan pomocy już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This plan is closed: reopen it or start a new one.</source>
            <translation>Ten plan jest zamknięty: otwórz go ponownie lub rozpocznij nowy.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give the plan a title.</source>
            <translation>Nadaj planowi tytuł.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reviews must be between 7 and 366 days apart.</source>
            <translation>Odstęp między przeglądami musi wynosić od 7 do 366 dni.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Describe the goal.</source>
            <translation>Opisz cel.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The target date is before the plan started.</source>
            <translation>Termin realizacji jest wcześniejszy niż data rozpoczęcia planu.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>That goal no longer exists.</source>
            <translation>Ten cel już nie istnieje.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Describe the action.</source>
            <translation>Opisz działanie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say who is responsible for the action.</source>
            <translation>Podaj, kto odpowiada za działanie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That goal is not part of this plan.</source>
            <translation>Ten cel nie należy do tego planu.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>That action no longer exists.</source>
            <translation>To działanie już nie istnieje.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Summarise the review.</source>
            <translation>Podsumuj przegląd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The review date is before the plan started.</source>
            <translation>Data przeglądu jest wcześniejsza niż data rozpoczęcia planu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The next review must come after this one.</source>
            <translation>Następny przegląd musi przypadać po tym przeglądzie.</translation>
        </message>
    </context>
    <context>
        <name>casework</name>
        <message>
            <location filename="../../desktop/services/casework_alerts.py" line="+24" />
            <source>{document} expired on {date}.</source>
            <translation>{document}: ważność upłynęła {date}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{document} expires on {date}.</source>
            <translation>{document}: ważność upływa {date}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Referral {number} to {agency}: follow-up overdue since {date}.</source>
            <translation>Skierowanie {number} ({agency}): kontrola zaległa od {date}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Care plan "{title}": review due since {date}.</source>
            <translation>Plan pomocy „{title}”: przegląd zaległy od {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework_services.py" line="+41" />
            <source>Choose counselling, information, referral or other.</source>
            <translation>Wybierz poradnictwo, informację, skierowanie lub inne.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The service date cannot be in the future.</source>
            <translation>Data świadczenia nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_access.py" line="+40" />
            <source>Choose the person this is about.</source>
            <translation>Wybierz osobę, której to dotyczy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the person or household this is about.</source>
            <translation>Wybierz osobę lub gospodarstwo domowe, których to dotyczy.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That person no longer exists.</source>
            <translation>Ta osoba już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household no longer exists.</source>
            <translation>To gospodarstwo domowe już nie istnieje.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>That user does not exist or is disabled.</source>
            <translation>Ten użytkownik nie istnieje lub jest wyłączony.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only caseworkers are put on a case.</source>
            <translation>Do sprawy można przypisać tylko pracowników socjalnych.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a coordinator can put a caseworker on a case.</source>
            <translation>Tylko koordynator może przydzielić pracownika socjalnego do sprawy.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask a coordinator to assign you or a colleague.</source>
            <translation>Poproś koordynatora o przydzielenie Ciebie lub współpracownika.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This caseworker is already on the case.</source>
            <translation>Ten pracownik socjalny jest już przypisany do sprawy.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That assignment no longer exists.</source>
            <translation>To przypisanie już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A caseworker can only take themselves off a case.</source>
            <translation>Pracownik socjalny może wypisać ze sprawy tylko siebie.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework_tiles.py" line="+30" />
            <source>overdue since {date}</source>
            <translation>zaległe od {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>due {date}</source>
            <translation>termin {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Referral follow-ups</source>
            <translation>Kontrole skierowań</translation>
        </message>
        <message>
            <location line="+13" />
            <source>expired {date}</source>
            <translation>wygasł {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expires {date}</source>
            <translation>wygasa {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>household</source>
            <translation>gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Documents expiring</source>
            <translation>Dokumenty tracące ważność</translation>
        </message>
        <message>
            <location line="+13" />
            <source>review due {date}</source>
            <translation>termin przeglądu {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Care plan reviews due</source>
            <translation>Przeglądy planów pomocy do wykonania</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/notes_referrals.py" line="+36" />
            <source>Sealed note — open it to read</source>
            <translation>Notatka zastrzeżona — otwórz, aby przeczytać</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+56" />
            <source>Sealed note</source>
            <translation>Notatka zastrzeżona</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+19" />
            <location line="+137" />
            <location filename="../../desktop/views/casework/plans_services.py" line="+252" />
            <location line="+34" />
            <location filename="../../desktop/views/casework/records.py" line="+58" />
            <location line="+28" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="-155" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <location filename="../../desktop/views/casework/plans_services.py" line="-30" />
            <location line="+31" />
            <location filename="../../desktop/views/casework/records.py" line="+209" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Case notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New note…</source>
            <translation>&amp;Nowa notatka…</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/casework/records.py" line="-123" />
            <source>&amp;Open</source>
            <translation>&amp;Otwórz</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sealed: only caseworkers on the case and coordinators can read it</source>
            <translation>Zastrzeżona: mogą ją czytać tylko pracownicy socjalni prowadzący sprawę i koordynatorzy</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New case note</source>
            <translation>Nowa notatka</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Case note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="+11" />
            <source>overdue</source>
            <translation>po terminie</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tracking number</source>
            <translation>Numer referencyjny</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+43" />
            <location filename="../../desktop/views/casework/records.py" line="+87" />
            <location line="+23" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+45" />
            <source>Agency</source>
            <translation>Instytucja</translation>
        </message>
        <message>
            <location line="-44" />
            <location filename="../../desktop/views/casework/plans_services.py" line="-34" />
            <location line="+21" />
            <source>Service</source>
            <translation>Usługa</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/casework/plans_services.py" line="-119" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>Kontrola</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+79" />
            <location filename="../../desktop/views/casework/records.py" line="-219" />
            <location line="+50" />
            <source>Outcome</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <location line="-77" />
            <source>Referrals</source>
            <translation>Skierowania</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New referral…</source>
            <translation>&amp;Nowe skierowanie…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change &amp;status…</source>
            <translation>Zmień &amp;status…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Print letter…</source>
            <translation>&amp;Drukuj pismo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A&amp;gencies…</source>
            <translation>&amp;Instytucje…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The agencies directory is empty.</source>
            <translation>Katalog instytucji jest pusty.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the agency first (the Agencies… button), then make the referral.</source>
            <translation>Najpierw dodaj instytucję (przycisk Instytucje…), a potem wystaw skierowanie.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Service requested</source>
            <translation>Usługa, o którą się wnioskuje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <source>Follow up on</source>
            <translation>Termin kontroli</translation>
        </message>
        <message>
            <location line="-18" />
            <source>New referral</source>
            <translation>Nowe skierowanie</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This referral is closed: its status cannot change any more.</source>
            <translation>To skierowanie jest zamknięte: jego status nie może się już zmienić.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New status</source>
            <translation>Nowy status</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Referral {number}</source>
            <translation>Skierowanie {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save the referral letter</source>
            <translation>Zapisz pismo ze skierowaniem</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/casework/plans_services.py" line="+64" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Writing the referral letter</source>
            <translation>Tworzenie pisma ze skierowaniem</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/records.py" line="-54" />
            <source>Needs</source>
            <translation>Potrzeby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income</source>
            <translation>Dochód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expenses</source>
            <translation>Wydatki</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+51" />
            <source>Eligible for</source>
            <translation>Kwalifikuje się do</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Assessor</source>
            <translation>Oceniający</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/agencies_page.py" line="+38" />
            <location line="+112" />
            <location filename="../../desktop/views/casework/records.py" line="+93" />
            <location line="+45" />
            <source>Type</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/plans_services.py" line="-105" />
            <location filename="../../desktop/views/casework/records.py" line="-44" />
            <location line="+45" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/records.py" line="-44" />
            <source>Issued</source>
            <translation>Wydany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires</source>
            <translation>Ważny do</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/plans_services.py" line="-40" />
            <location filename="../../desktop/views/casework/records.py" line="+1" />
            <location line="+100" />
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/records.py" line="-220" />
            <source>Write an amount like 1250.50.</source>
            <translation>Wpisz kwotę, np. 1250,50.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Assessments</source>
            <translation>Oceny potrzeb</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New assessment…</source>
            <translation>&amp;Nowa ocena potrzeb…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Needs and severity</source>
            <translation>Potrzeby i ich nasilenie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Monthly income ({currency})</source>
            <translation>Miesięczny dochód ({currency})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Monthly expenses ({currency})</source>
            <translation>Miesięczne wydatki ({currency})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Narrative</source>
            <translation>Opis sytuacji</translation>
        </message>
        <message>
            <location line="+24" />
            <source>New assessment</source>
            <translation>Nowa ocena potrzeb</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Expired</source>
            <translation>Wygasł</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expires soon</source>
            <translation>Wkrótce wygasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified</source>
            <translation>Zweryfikowany</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not verified</source>
            <translation>Niezweryfikowany</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Verified by</source>
            <translation>Zweryfikował(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Attach scan…</source>
            <translation>&amp;Dołącz skan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verified against the original</source>
            <translation>&amp;Zweryfikowano z oryginałem</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the scanned document</source>
            <translation>Wybierz zeskanowany dokument</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Skany (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Whose document</source>
            <translation>Czyj dokument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Issued on</source>
            <translation>Data wydania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation>Data ważności</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Attach a document</source>
            <translation>Dołącz dokument</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No program on this computer opens this kind of file.</source>
            <translation>Na tym komputerze nie ma programu, który otwiera ten rodzaj pliku.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Withdrawn {date}</source>
            <translation>Wycofana {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In force</source>
            <translation>Obowiązuje</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not in force</source>
            <translation>Nie obowiązuje</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+23" />
            <source>Scope</source>
            <translation>Zakres</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Given</source>
            <translation>Udzielona</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>Valid until</source>
            <translation>Ważna do</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Recorded by</source>
            <translation>Wprowadził(a)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consents</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Record consent…</source>
            <translation>&amp;Zarejestruj zgodę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Withdraw</source>
            <translation>&amp;Wycofaj</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Agency (for sharing)</source>
            <translation>Instytucja (udostępnianie danych)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Given on</source>
            <translation>Data udzielenia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May share the date of birth</source>
            <translation>Można udostępnić datę urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the identity number</source>
            <translation>Można udostępnić numer identyfikacyjny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the address</source>
            <translation>Można udostępnić adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the phone number</source>
            <translation>Można udostępnić numer telefonu</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Record a consent</source>
            <translation>Zarejestruj zgodę</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record that this consent is withdrawn today?</source>
            <translation>Zarejestrować wycofanie tej zgody z dzisiejszą datą?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/agencies_page.py" line="-113" />
            <location line="+112" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="-110" />
            <location filename="../../desktop/views/casework/plans_services.py" line="+184" />
            <source>Services</source>
            <translation>Usługi</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+114" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+114" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+115" />
            <source>Contact person</source>
            <translation>Osoba do kontaktu</translation>
        </message>
        <message>
            <location line="-114" />
            <location line="+116" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="-101" />
            <source>Line {line}: {column} {message}</source>
            <translation>Wiersz {line}: {column} {message}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Columns not used: {columns}</source>
            <translation>Nieużywane kolumny: {columns}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Nothing was imported: %n row(s) have problems.</source>
            <translation>
                <numerusform>Nic nie zaimportowano: %n wiersz zawiera problemy.</numerusform>
                <numerusform>Nic nie zaimportowano: %n wiersze zawierają problemy.</numerusform>
                <numerusform>Nic nie zaimportowano: %n wierszy zawiera problemy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n agency(ies) imported.</source>
            <translation>
                <numerusform>Zaimportowano %n instytucję.</numerusform>
                <numerusform>Zaimportowano %n instytucje.</numerusform>
                <numerusform>Zaimportowano %n instytucji.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search agencies by name, type or service</source>
            <translation>Szukaj instytucji po nazwie, rodzaju lub usłudze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search agencies</source>
            <translation>Szukaj instytucji</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+113" />
            <source>Agencies</source>
            <translation>Instytucje</translation>
        </message>
        <message>
            <location line="-102" />
            <source>&amp;New agency…</source>
            <translation>&amp;Nowa instytucja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Importuj…</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Services offered</source>
            <translation>Oferowane usługi</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New agency</source>
            <translation>Nowa instytucja</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit agency</source>
            <translation>Edytuj instytucję</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import agencies</source>
            <translation>Importuj instytucje</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Arkusze kalkulacyjne (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Importing agencies</source>
            <translation>Importowanie instytucji</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/plans_services.py" line="-227" />
            <source>{met} of {n} goals met</source>
            <translation>Osiągnięte cele: {met} z {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Closed {date}</source>
            <translation>Zamknięty {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review due</source>
            <translation>Wymaga przeglądu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Aktywny</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Rozpoczęty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next review</source>
            <translation>Następny przegląd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>Cele</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Care plans</source>
            <translation>Plany pomocy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New plan…</source>
            <translation>&amp;Nowy plan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;goal…</source>
            <translation>Dodaj &amp;cel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal s&amp;tatus…</source>
            <translation>S&amp;tatus celu…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;action…</source>
            <translation>Dodaj &amp;działanie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review…</source>
            <translation>&amp;Przegląd…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print summary…</source>
            <translation>&amp;Drukuj podsumowanie…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan details</source>
            <translation>Szczegóły planu</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Goals:</source>
            <translation>Cele:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Actions:</source>
            <translation>Działania:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reviews:</source>
            <translation>Przeglądy:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Started on</source>
            <translation>Data rozpoczęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review every (days)</source>
            <translation>Przegląd co (dni)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New care plan</source>
            <translation>Nowy plan pomocy</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+17" />
            <source>Goal</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Target date</source>
            <translation>Termin realizacji</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New goal</source>
            <translation>Nowy cel</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Goal status</source>
            <translation>Status celu</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who is responsible</source>
            <translation>Osoba odpowiedzialna</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For goal</source>
            <translation>Dotyczy celu</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/casework/records.py" line="-237" />
            <location line="+207" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due on</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New action</source>
            <translation>Nowe działanie</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Reviewed on</source>
            <translation>Data przeglądu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next review (blank = the usual interval)</source>
            <translation>Następny przegląd (puste = zwykły odstęp)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan review</source>
            <translation>Przegląd planu</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save the care plan</source>
            <translation>Zapisz plan pomocy</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Writing the care plan</source>
            <translation>Tworzenie planu pomocy</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>Pracownik</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Record a service…</source>
            <translation>&amp;Zarejestruj świadczenie…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Given to</source>
            <translation>Dla kogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The whole household</source>
            <translation>Całe gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Record a service</source>
            <translation>Zarejestruj świadczenie</translation>
        </message>
    </context>
    <context>
        <name>casework_timeline</name>
        <message>
            <location filename="../../desktop/services/casework_timeline.py" line="+29" />
            <source>Sealed note</source>
            <translation>Notatka zastrzeżona</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note: {text}</source>
            <translation>Notatka: {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referral {number} to {agency}: {service}</source>
            <translation>Skierowanie {number} ({agency}): {service}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referral {number} sent</source>
            <translation>Skierowanie {number} wysłane</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referral {number}: {status}</source>
            <translation>Skierowanie {number}: {status}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Assessment: {n} needs, {outcome}</source>
            <translation>Ocena potrzeb: potrzeby – {n}, {outcome}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Document attached: {type}</source>
            <translation>Dołączono dokument: {type}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent given ({who}): {scope}</source>
            <translation>Wyrażono zgodę ({who}): {scope}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent withdrawn ({who}): {scope}</source>
            <translation>Wycofano zgodę ({who}): {scope}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Care plan started: {title}</source>
            <translation>Rozpoczęto plan pomocy: {title}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Care plan reviewed: {title}</source>
            <translation>Dokonano przeglądu planu pomocy: {title}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Care plan closed: {met} of {n} goals met</source>
            <translation>Zamknięto plan pomocy: osiągnięte cele – {met} z {n}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="+49" />
            <source>The database file {path} does not exist.</source>
            <translation>Plik bazy danych {path} nie istnieje.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot open the database {path}: {reason}</source>
            <translation>Nie można otworzyć bazy danych {path}: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the path, or restore a backup.</source>
            <translation>Sprawdź ścieżkę albo przywróć kopię zapasową.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No password was given on standard input.</source>
            <translation>Nie podano hasła na standardowym wejściu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No terminal to ask for the password.</source>
            <translation>Brak terminala, w którym można zapytać o hasło.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass it on standard input with --password-stdin.</source>
            <translation>Przekaż je na standardowym wejściu z opcją --password-stdin.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat the password: </source>
            <translation>Powtórz hasło: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The two passwords are not the same.</source>
            <translation>Hasła nie są takie same.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+81" />
            <source>Password for {user}: </source>
            <translation>Hasło użytkownika {user}: </translation>
        </message>
        <message>
            <location line="-76" />
            <source>Centre {name} set up in {path}.</source>
            <translation>Ośrodek {name} skonfigurowano w {path}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Training data added:</source>
            <translation>Dodano dane szkoleniowe:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Training accounts use the password {password}.</source>
            <translation>Konta szkoleniowe mają hasło {password}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Backup written and checked: {path}</source>
            <translation>Kopia zapasowa zapisana i sprawdzona: {path}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restored {source} into {path}.</source>
            <translation>Przywrócono {source} do {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database it replaced was kept as {path}.</source>
            <translation>Zastąpiona baza danych została zachowana jako {path}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>active</source>
            <translation>aktywne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>disabled</source>
            <translation>wyłączone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked</source>
            <translation>zablokowane</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown role {role}: choose one of {choices}.</source>
            <translation>Nieznana rola {role}: wybierz jedną z: {choices}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>User {user} added; they must choose a new password at first sign-in.</source>
            <translation>Dodano użytkownika {user}; przy pierwszym logowaniu musi ustawić nowe hasło.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User {user} disabled.</source>
            <translation>Wyłączono użytkownika {user}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New password for {user}: </source>
            <translation>Nowe hasło użytkownika {user}: </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password of {user} reset; any lockout is lifted.</source>
            <translation>Zresetowano hasło użytkownika {user}; ewentualna blokada konta została zdjęta.</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>{file}: %n row(s) read.</source>
            <translation>
                <numerusform>{file}: odczytano %n wiersz.</numerusform>
                <numerusform>{file}: odczytano %n wiersze.</numerusform>
                <numerusform>{file}: odczytano %n wierszy.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown columns (ignored): {cols}</source>
            <translation>Nieznane kolumny (pominięte): {cols}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>line {line}</source>
            <translation>wiersz {line}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Dry run: nothing was imported; %n row(s) are valid.</source>
            <translation>
                <numerusform>Próba: nic nie zaimportowano; %n wiersz jest poprawny.</numerusform>
                <numerusform>Próba: nic nie zaimportowano; %n wiersze są poprawne.</numerusform>
                <numerusform>Próba: nic nie zaimportowano; %n wierszy jest poprawnych.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Nothing was imported: %n row(s) have problems. Fix them, or use --valid-only to import only the valid rows.</source>
            <translation>
                <numerusform>Nic nie zaimportowano: %n wiersz ma błędy. Popraw go lub użyj --valid-only, aby zaimportować tylko poprawne wiersze.</numerusform>
                <numerusform>Nic nie zaimportowano: %n wiersze mają błędy. Popraw je lub użyj --valid-only, aby zaimportować tylko poprawne wiersze.</numerusform>
                <numerusform>Nic nie zaimportowano: %n wierszy ma błędy. Popraw je lub użyj --valid-only, aby zaimportować tylko poprawne wiersze.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) imported.</source>
            <translation>
                <numerusform>Zaimportowano %n wiersz.</numerusform>
                <numerusform>Zaimportowano %n wiersze.</numerusform>
                <numerusform>Zaimportowano %n wierszy.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Template written: {path}</source>
            <translation>Zapisano szablon: {path}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give either --period or --from and --to, not both.</source>
            <translation>Podaj --period albo --from i --to, nie obie opcje naraz.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give the period: --period 2026-10, or --from 2026-10-01 --to 2026-10-31.</source>
            <translation>Podaj okres: --period 2026-10 lub --from 2026-10-01 --to 2026-10-31.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title}, {period}: written to {path}</source>
            <translation>{title}, {period}: zapisano w {path}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  Warning: {check}: {count}</source>
            <translation>  Ostrzeżenie: {check}: {count}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>CentreDesk: run a social-welfare centre. With no command, the application window opens.</source>
            <translation>CentreDesk: obsługa ośrodka pomocy społecznej. Bez polecenia otwiera się okno aplikacji.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>database file or SQLAlchemy URL (default: CENTREDESK_DB or the file in your user data folder)</source>
            <translation>plik bazy danych lub adres URL SQLAlchemy (domyślnie: CENTREDESK_DB lub plik w folderze danych użytkownika)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>language of messages</source>
            <translation>język komunikatów</translation>
        </message>
        <message>
            <location line="+2" />
            <source>open every page offscreen on a temporary database, then exit</source>
            <translation>otwórz każdą stronę poza ekranem na tymczasowej bazie danych, a następnie zakończ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>set up a new centre and its first administrator</source>
            <translation>skonfiguruj nowy ośrodek i jego pierwszego administratora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>login name of the first administrator</source>
            <translation>login pierwszego administratora</translation>
        </message>
        <message>
            <location line="+6" />
            <source>fill a new training database with realistic demo data</source>
            <translation>wypełnij nową bazę szkoleniową realistycznymi danymi demonstracyjnymi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>check the schema revision and the database's integrity</source>
            <translation>sprawdź wersję schematu i spójność bazy danych</translation>
        </message>
        <message>
            <location line="+3" />
            <source>write a checked backup copy of the database</source>
            <translation>zapisz sprawdzoną kopię zapasową bazy danych</translation>
        </message>
        <message>
            <location line="+1" />
            <source>file or folder (default: the backups folder)</source>
            <translation>plik lub folder (domyślnie: folder kopii zapasowych)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>replace the database with a backup (keeps a copy)</source>
            <translation>zastąp bazę danych kopią zapasową (zachowuje kopię obecnej)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>manage login accounts</source>
            <translation>zarządzaj kontami logowania</translation>
        </message>
        <message>
            <location line="+15" />
            <source>import a CSV (UTF-8) or XLSX file</source>
            <translation>importuj plik CSV (UTF-8) lub XLSX</translation>
        </message>
        <message>
            <location line="+3" />
            <source>check only, import nothing</source>
            <translation>tylko sprawdź, niczego nie importuj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>import the valid rows, skip bad ones</source>
            <translation>importuj prawidłowe wiersze, pomiń błędne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>write an import template (.csv or .xlsx)</source>
            <translation>zapisz szablon importu (.csv lub .xlsx)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>write a report pack (.xlsx, .pdf or .json)</source>
            <translation>zapisz pakiet sprawozdań (.xlsx, .pdf lub .json)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>2026-10, 2026-Q3, 2026-H1 or 2026</source>
            <translation>2026-10, 2026-Q3, 2026-H1 lub 2026</translation>
        </message>
        <message>
            <location line="+1" />
            <source>first day (2026-10-01)</source>
            <translation>pierwszy dzień (2026-10-01)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last day, inclusive (2026-10-31)</source>
            <translation>ostatni dzień, włącznie (2026-10-31)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>output file: .xlsx, .pdf or .json</source>
            <translation>plik wynikowy: .xlsx, .pdf lub .json</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Error: {message}</source>
            <translation>Błąd: {message}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Interrupted: nothing more was saved.</source>
            <translation>Przerwano: nic więcej nie zostało zapisane.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Internal error: the details are in {path}</source>
            <translation>Błąd wewnętrzny: szczegóły zapisano w {path}</translation>
        </message>
    </context>
    <context>
        <name>clients</name>
        <message>
            <location filename="../../desktop/services/households.py" line="+3" />
            <source>Head of household</source>
            <translation>Głowa gospodarstwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spouse</source>
            <translation>Małżonek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child</source>
            <translation>Dziecko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent</source>
            <translation>Rodzic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sibling</source>
            <translation>Rodzeństwo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="+71" />
            <source>This field is too long.</source>
            <translation>To pole jest za długie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The income cannot be negative.</source>
            <translation>Dochód nie może być ujemny.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The registration date is in the future.</source>
            <translation>Data rejestracji przypada w przyszłości.</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+28" />
            <source>The reference {ref} is already used.</source>
            <translation>Numer ewidencyjny {ref} jest już używany.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>This household no longer exists (merged or removed).</source>
            <translation>To gospodarstwo domowe już nie istnieje (zostało scalone lub usunięte).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This household's data was erased and cannot be edited.</source>
            <translation>Dane tego gospodarstwa domowego zostały usunięte i nie można ich edytować.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../desktop/services/people.py" line="+137" />
            <source>This person no longer exists (merged or removed).</source>
            <translation>Ta osoba już nie istnieje (została scalona lub usunięta).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This person is already a member of the household.</source>
            <translation>Ta osoba jest już członkiem gospodarstwa domowego.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+44" />
            <source>The household already has a head: change that member's relationship first.</source>
            <translation>Gospodarstwo domowe ma już głowę: najpierw zmień pole „Pokrewieństwo” u obecnej głowy.</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+15" />
            <source>This membership no longer exists.</source>
            <translation>Ten wpis członkostwa już nie istnieje.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>The leaving date must be after the joining date.</source>
            <translation>Data wyprowadzki musi być późniejsza niż data dołączenia.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/archive_erase.py" line="+43" />
            <source>This household's data was erased.</source>
            <translation>Dane tego gospodarstwa domowego zostały usunięte.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only an archived household can be brought back.</source>
            <translation>Przywrócić można tylko zarchiwizowane gospodarstwo domowe.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This person's data was erased.</source>
            <translation>Dane tej osoby zostały usunięte.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>This person's data was already erased.</source>
            <translation>Dane tej osoby zostały już usunięte.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This household's data was already erased.</source>
            <translation>Dane tego gospodarstwa domowego zostały już usunięte.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/subject_access.py" line="+157" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Nie można zapisać {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" line="-57" />
            <source>Enter the person's given or family name.</source>
            <translation>Wpisz imię lub nazwisko osoby.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A name can have at most 100 characters.</source>
            <translation>Imię lub nazwisko może mieć najwyżej 100 znaków.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The birth date is in the future.</source>
            <translation>Data urodzenia przypada w przyszłości.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The birth date is before 1900.</source>
            <translation>Data urodzenia jest wcześniejsza niż 1900 r.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The birth year must be between 1900 and {year}.</source>
            <translation>Rok urodzenia musi mieścić się w przedziale od 1900 do {year}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The phone number is too long.</source>
            <translation>Numer telefonu jest za długi.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>This person's data was erased and cannot be edited.</source>
            <translation>Dane tej osoby zostały usunięte i nie można ich edytować.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/client_timeline.py" line="+17" />
            <source>(erased)</source>
            <translation>(dane usunięte)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{service} × {quantity}</source>
            <translation>{service} × {quantity}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{name} joined ({role})</source>
            <translation>{name} — dołączenie ({role})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} moved out</source>
            <translation>{name} — wyprowadzka</translation>
        </message>
        <message>
            <location filename="../../desktop/services/client_alerts.py" line="+57" />
            <source>Registration to be renewed since {date}.</source>
            <translation>Rejestracja do odnowienia od {date}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No address recorded.</source>
            <translation>Nie zapisano adresu.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Birth date unknown for: {names}.</source>
            <translation>Nieznana data urodzenia: {names}.</translation>
        </message>
    </context>
    <context>
        <name>complaints</name>
        <message>
            <location filename="../../desktop/services/complaints.py" line="+46" />
            <source>The text is too long (over {n} characters): shorten it, and attach long documents to the client file instead.</source>
            <translation>Tekst jest za długi (ponad {n} znaków): skróć go, a długie dokumenty dołącz do akt klienta.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>In person</source>
            <translation>Osobiście</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefonicznie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Listownie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SMS / WhatsApp</source>
            <translation>SMS / WhatsApp</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Aid not received</source>
            <translation>Nieotrzymana pomoc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aid amount or quality</source>
            <translation>Wysokość lub jakość pomocy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data or DTKS listing</source>
            <translation>Dane lub wpis w DTKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service or staff conduct</source>
            <translation>Obsługa lub zachowanie pracowników</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility decision</source>
            <translation>Decyzja o uprawnieniu do pomocy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open</source>
            <translation>Otwarta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>W toku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>Rozpatrzona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Przekazana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected</source>
            <translation>Odrzucona</translation>
        </message>
        <message>
            <location line="+74" />
            <source>That person no longer exists.</source>
            <translation>Ta osoba już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That person's data was erased: choose someone else or write the complainant's name.</source>
            <translation>Dane tej osoby zostały usunięte: wybierz inną osobę lub wpisz imię i nazwisko skarżącego.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That household no longer exists.</source>
            <translation>To gospodarstwo domowe już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household's data was erased: choose another or write the complainant's name.</source>
            <translation>Dane tego gospodarstwa domowego zostały usunięte: wybierz inne lub wpisz imię i nazwisko skarżącego.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The date {date} is in the future: enter the day it happened.</source>
            <translation>Data {date} przypada w przyszłości: wpisz dzień, w którym to nastąpiło.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the type of complaint and how it came in.</source>
            <translation>Wybierz rodzaj skargi i sposób jej wpływu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Say who is complaining: choose a registered client or write the complainant's name.</source>
            <translation>Wskaż, kto składa skargę: wybierz zarejestrowanego klienta lub wpisz imię i nazwisko skarżącego.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name or contact is too long (over 200 characters).</source>
            <translation>Imię i nazwisko lub dane kontaktowe są za długie (ponad 200 znaków).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Describe the complaint.</source>
            <translation>Opisz skargę.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+107" />
            <source>That complaint no longer exists.</source>
            <translation>Ta skarga już nie istnieje.</translation>
        </message>
        <message>
            <location line="-93" />
            <source>A complaint that is "{current}" cannot become "{new}".</source>
            <translation>Status skargi nie może zmienić się z „{current}” na „{new}”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An agency is only named when the complaint is referred.</source>
            <translation>Instytucję wskazuje się tylko wtedy, gdy skarga jest przekazywana.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The complaint cannot be closed before it was received ({date}).</source>
            <translation>Skargi nie można zamknąć przed datą jej wpływu ({date}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write how the complaint was resolved, referred or why it was rejected.</source>
            <translation>Wpisz, jak skarga została rozpatrzona, dokąd ją przekazano lub dlaczego ją odrzucono.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That agency no longer exists.</source>
            <translation>Ta instytucja już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That agency is no longer in use: choose another.</source>
            <translation>Ta instytucja nie jest już używana: wybierz inną.</translation>
        </message>
    </context>
    <context>
        <name>complaints_timeline</name>
        <message>
            <location filename="../../desktop/services/complaints_timeline.py" line="+26" />
            <source>Complaint no. {id} received ({channel}): {type}</source>
            <translation>Skarga nr {id} przyjęta ({channel}): {type}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Complaint no. {id}: {status}</source>
            <translation>Skarga nr {id}: {status}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>DTKS proposal: {kind}</source>
            <translation>Wniosek o aktualizację DTKS: {kind}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DTKS proposal submitted: {kind}</source>
            <translation>Złożono wniosek o aktualizację DTKS: {kind}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DTKS proposal ({kind}): {status}</source>
            <translation>Wniosek o aktualizację DTKS ({kind}): {status}</translation>
        </message>
    </context>
    <context>
        <name>complaints_view</name>
        <message>
            <location filename="../../desktop/views/complaints/complaint_dialogs.py" line="+23" />
            <source>New complaint</source>
            <translation>Nowa skarga</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received on</source>
            <translation>Data wpływu</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/complaints/complaints_tab.py" line="+42" />
            <source>Came in by</source>
            <translation>Sposób wpływu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a registered client, or write the name of the person complaining, or both.</source>
            <translation>Wybierz zarejestrowanego klienta, wpisz imię i nazwisko osoby składającej skargę albo zrób jedno i drugie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registered client</source>
            <translation>Zarejestrowany klient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (if not registered, or on whose behalf)</source>
            <translation>Imię i nazwisko (jeśli osoba nie jest zarejestrowana lub w czyim imieniu)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or address to reply to</source>
            <translation>Telefon lub adres do odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of complaint</source>
            <translation>Rodzaj skargi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the complaint?</source>
            <translation>Czego dotyczy skarga?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Complaint no. {id}</source>
            <translation>Skarga nr {id}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{type}, received {date} from {who}. Now: {status}.</source>
            <translation>{type}, przyjęta {date} od: {who}. Obecny status: {status}.</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+74" />
            <source>New status</source>
            <translation>Nowy status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed on</source>
            <translation>Data zamknięcia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Referred to</source>
            <translation>Przekazano do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no agency named)</source>
            <translation>(nie wskazano instytucji)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it was resolved, referred, or why rejected</source>
            <translation>Sposób rozpatrzenia, przekazania lub powód odrzucenia</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/complaints_tab.py" line="-5" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="-44" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>Data wpływu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Skarżący</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+2" />
            <location line="+15" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="-12" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Data zamknięcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation>Skarga</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../desktop/views/complaints/window.py" line="+37" />
            <source>Complaints</source>
            <translation>Skargi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the complaint, name, contact or reference (Ctrl+F)</source>
            <translation>Szukaj w treści skargi, imieniu i nazwisku, danych kontaktowych lub numerze ewidencyjnym (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search complaints</source>
            <translation>Szukaj skarg</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+55" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open or in progress</source>
            <translation>Otwarte lub w toku</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+1" />
            <source>All</source>
            <translation>Wszystkie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;ype:</source>
            <translation>&amp;Rodzaj:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All types</source>
            <translation>Wszystkie rodzaje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New complaint…</source>
            <translation>&amp;Nowa skarga…</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+9" />
            <source>Change &amp;status…</source>
            <translation>Zmień &amp;status…</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>%n complaint(s)</source>
            <translation>
                <numerusform>%n skarga</numerusform>
                <numerusform>%n skargi</numerusform>
                <numerusform>%n skarg</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>No. {id} · {type} · {status}</source>
            <translation>Nr {id} · {type} · {status}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From: {who}</source>
            <translation>Skarżący: {who}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outcome: {text}</source>
            <translation>Wynik: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up note: {text}</source>
            <translation>Notatka z dalszych działań: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="-69" />
            <source>Proposed</source>
            <translation>Data wniosku</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Head</source>
            <translation>Głowa gospodarstwa</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>Proposal</source>
            <translation>Rodzaj wniosku</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Submitted</source>
            <translation>Data złożenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided</source>
            <translation>Data decyzji</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Reason</source>
            <translation>Uzasadnienie</translation>
        </message>
        <message>
            <location line="-7" />
            <source>New DTKS proposal</source>
            <translation>Nowy wniosek o aktualizację DTKS</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Proposed on</source>
            <translation>Data wniosku</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Find and choose the household first.</source>
            <translation>Najpierw wyszukaj i wybierz gospodarstwo domowe.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>DTKS proposal no. {id}</source>
            <translation>Wniosek o aktualizację DTKS nr {id}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{kind} for {household}, proposed {date}. Now: {status}.</source>
            <translation>{kind} – gospodarstwo domowe {household}, wniosek z {date}. Obecny status: {status}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+8" />
            <source>DTKS proposals</source>
            <translation>Wnioski DTKS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the reference or reason (Ctrl+F)</source>
            <translation>Szukaj po numerze ewidencyjnym lub uzasadnieniu (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search DTKS proposals</source>
            <translation>Szukaj wniosków DTKS</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Proposal:</source>
            <translation>&amp;Rodzaj wniosku:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>Wszystkie rodzaje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New proposal…</source>
            <translation>&amp;Nowy wniosek…</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n wniosek</numerusform>
                <numerusform>%n wnioski</numerusform>
                <numerusform>%n wniosków</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>No. {id} · {kind} · {household}{head}</source>
            <translation>Nr {id} · {kind} · {household}{head}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This proposal is decided: its status cannot change any more.</source>
            <translation>W sprawie tego wniosku zapadła już decyzja: jego status nie może się już zmienić.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/picker.py" line="+38" />
            <source>(household)</source>
            <translation>(gospodarstwo domowe)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Matching clients</source>
            <translation>Pasujący klienci</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type a name, NIK, phone or reference</source>
            <translation>Wpisz imię i nazwisko, NIK, telefon lub numer ewidencyjny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a registered client</source>
            <translation>Znajdź zarejestrowanego klienta</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Chosen: {client}</source>
            <translation>Wybrano: {client}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No registered client chosen.</source>
            <translation>Nie wybrano zarejestrowanego klienta.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/window.py" line="-7" />
            <source>&amp;Complaints</source>
            <translation>S&amp;kargi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;DTKS proposals</source>
            <translation>&amp;Wnioski DTKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints and DTKS proposals</source>
            <translation>Skargi i wnioski DTKS</translation>
        </message>
    </context>
    <context>
        <name>consents</name>
        <message>
            <location filename="../../desktop/services/consents.py" line="+20" />
            <source>Data processing</source>
            <translation>Przetwarzanie danych</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sharing with an agency</source>
            <translation>Udostępnianie danych instytucji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Zdjęcia</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The consent date cannot be in the future.</source>
            <translation>Data zgody nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"Valid until" is before the date the consent was given.</source>
            <translation>Data „Ważna do” jest wcześniejsza niż data udzielenia zgody.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the agency the person agreed to share with.</source>
            <translation>Wybierz instytucję, której osoba zgodziła się udostępnić dane.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That agency no longer exists.</source>
            <translation>Ta instytucja już nie istnieje.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That consent no longer exists.</source>
            <translation>Ta zgoda już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This consent was already withdrawn.</source>
            <translation>Ta zgoda została już wycofana.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consent cannot be withdrawn before it was given.</source>
            <translation>Zgody nie można wycofać przed datą jej udzielenia.</translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <location filename="../../desktop/services/dashboard_figures.py" line="+62" />
            <source>No services recorded yet today.</source>
            <translation>Dziś nie zarejestrowano jeszcze żadnych świadczeń.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services recorded today</source>
            <translation>Świadczenia zarejestrowane dziś</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Food parcels</source>
            <translation>Paczki żywnościowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Odzież</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food weighed</source>
            <translation>Zważona żywność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kg} kg</source>
            <translation>{kg} kg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parcels handed out today</source>
            <translation>Paczki wydane dziś</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This month so far ({start} – {end})</source>
            <translation>Ten miesiąc do dziś ({start} – {end})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last month by the same day</source>
            <translation>Poprzedni miesiąc do tego samego dnia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month in full ({month})</source>
            <translation>Cały poprzedni miesiąc ({month})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People served this month</source>
            <translation>Osoby objęte pomocą w tym miesiącu</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{filled} of {needed} people</source>
            <translation>{filled} z {needed} osób</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Understaffed shifts today</source>
            <translation>Dzisiejsze dyżury z brakiem obsady</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dashboard/tile.py" line="+26" />
            <source>Needs attention</source>
            <translation>Wymaga uwagi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgent</source>
            <translation>Pilne</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Open {page} (Enter)</source>
            <translation>Otwórz: {page} (Enter)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Open the file</source>
            <translation>Otwórz plik</translation>
        </message>
        <message>
            <location line="+5" />
            <source>…more in the list behind this tile</source>
            <translation>…więcej na liście pod tym kafelkiem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>…and more</source>
            <translation>…i więcej</translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <location filename="../../desktop/services/uow.py" line="+62" />
            <source>The database is busy: another user or program is saving.</source>
            <translation>Baza danych jest zajęta: inny użytkownik lub program zapisuje dane.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wait a moment and try again.</source>
            <translation>Poczekaj chwilę i spróbuj ponownie.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The disk is full: nothing was saved.</source>
            <translation>Dysk jest pełny: niczego nie zapisano.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free some space on the disk and save again.</source>
            <translation>Zwolnij miejsce na dysku i zapisz ponownie.</translation>
        </message>
        <message>
            <location filename="../../desktop/db.py" line="+104" />
            <source>The database file {path} is on a network share.</source>
            <translation>Plik bazy danych {path} znajduje się w udziale sieciowym.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite files can be damaged when opened over a network. Keep the file on this computer's own disk, or ask your administrator to set up a server database (PostgreSQL) for several computers.</source>
            <translation>Pliki SQLite mogą ulec uszkodzeniu, gdy są otwierane przez sieć. Trzymaj plik na dysku tego komputera albo poproś administratora o skonfigurowanie bazy danych na serwerze (PostgreSQL) dla kilku komputerów.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>An in-memory database cannot be used: give a file path.</source>
            <translation>Nie można użyć bazy danych w pamięci: podaj ścieżkę do pliku.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot create the folder {folder}: {reason}</source>
            <translation>Nie można utworzyć folderu {folder}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../desktop/services/demo.py" line="+108" />
            <source>Only an administrator can fill a training database.</source>
            <translation>Tylko administrator może wypełnić bazę szkoleniową danymi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set the centre up first (init), then add the demo data.</source>
            <translation>Najpierw skonfiguruj ośrodek (init), a potem dodaj dane demonstracyjne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The number of households must be between 1 and 200000.</source>
            <translation>Liczba gospodarstw domowych musi wynosić od 1 do 200000.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The number of months must be between 1 and 60.</source>
            <translation>Liczba miesięcy musi wynosić od 1 do 60.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database already holds real records ({tables}).</source>
            <translation>Ta baza danych zawiera już prawdziwe rekordy ({tables}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo data is only added to a new, empty database, so it never mixes with real data.</source>
            <translation>Dane demonstracyjne dodaje się tylko do nowej, pustej bazy danych, aby nigdy nie mieszały się z prawdziwymi danymi.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Creating training data</source>
            <translation>Tworzenie danych szkoleniowych</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <location filename="../../desktop/services/documents.py" line="+50" />
            <source>Proof of income</source>
            <translation>Zaświadczenie o dochodach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity document</source>
            <translation>Dokument tożsamości</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proof of residence</source>
            <translation>Potwierdzenie miejsca zamieszkania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Inny</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The file {name} does not exist.</source>
            <translation>Plik {name} nie istnieje.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file is empty.</source>
            <translation>Plik jest pusty.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file is too large ({size} MB): the limit is {limit} MB.</source>
            <translation>Plik jest za duży ({size} MB): limit wynosi {limit} MB.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scan at a lower resolution or in black and white, then attach it again.</source>
            <translation>Zeskanuj dokument w niższej rozdzielczości lub w czerni i bieli, a potem dołącz go ponownie.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only PDF, JPG and PNG files can be attached: this file is none of these.</source>
            <translation>Można dołączać tylko pliki PDF, JPG i PNG: ten plik nie jest żadnym z nich.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file's name says {ext} but its content is {kind}: rename it or choose the right file.</source>
            <translation>Nazwa pliku wskazuje na {ext}, ale jego zawartość to {kind}: zmień nazwę pliku lub wybierz właściwy plik.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The file changed while it was being copied.</source>
            <translation>Plik zmienił się podczas kopiowania.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot save the document: {reason}</source>
            <translation>Nie można zapisać dokumentu: {reason}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The expiry date is before the issue date.</source>
            <translation>Data ważności jest wcześniejsza niż data wydania.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The issue date cannot be in the future.</source>
            <translation>Data wydania nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>That document no longer exists.</source>
            <translation>Ten dokument już nie istnieje.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The scanned file is missing from the documents folder.</source>
            <translation>W folderze dokumentów brakuje zeskanowanego pliku.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Restore the documents folder from a backup.</source>
            <translation>Przywróć folder dokumentów z kopii zapasowej.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>The scanned file has been changed since it was attached.</source>
            <translation>Zeskanowany plik został zmieniony po dołączeniu.</translation>
        </message>
    </context>
    <context>
        <name>dtks</name>
        <message>
            <location filename="../../desktop/services/dtks.py" line="+40" />
            <source>New household</source>
            <translation>Nowy wpis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correction of data</source>
            <translation>Korekta danych</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deactivation</source>
            <translation>Dezaktywacja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft</source>
            <translation>Wersja robocza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>Złożony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Zatwierdzony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected</source>
            <translation>Odrzucony</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Choose what the proposal is for.</source>
            <translation>Wybierz, czego dotyczy wniosek.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That household no longer exists.</source>
            <translation>To gospodarstwo domowe już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household's data was erased.</source>
            <translation>Dane tego gospodarstwa domowego zostały usunięte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The proposal date cannot be in the future.</source>
            <translation>Data wniosku nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the reason for the proposal.</source>
            <translation>Podaj uzasadnienie wniosku.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This household already has an open proposal of this kind (no. {id}): follow that one up instead.</source>
            <translation>To gospodarstwo domowe ma już otwarty wniosek tego rodzaju (nr {id}): zamiast tworzyć nowy, kontynuuj tamten.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+52" />
            <source>That proposal no longer exists.</source>
            <translation>Ten wniosek już nie istnieje.</translation>
        </message>
        <message>
            <location line="-50" />
            <source>A proposal that is "{current}" cannot become "{new}".</source>
            <translation>Status wniosku nie może zmienić się z „{current}” na „{new}”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date cannot be in the future.</source>
            <translation>Data nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date is before the proposal was made or submitted ({date}).</source>
            <translation>Data jest wcześniejsza niż data sporządzenia lub złożenia wniosku ({date}).</translation>
        </message>
    </context>
    <context>
        <name>duplicates</name>
        <message>
            <location filename="../../desktop/services/duplicates.py" line="+60" />
            <source>Same identifier number</source>
            <translation>Ten sam numer identyfikacyjny</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Similar name and same birth date</source>
            <translation>Podobne imię i nazwisko oraz ta sama data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Similar name and same birth year</source>
            <translation>Podobne imię i nazwisko oraz ten sam rok urodzenia</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Similar name at the same address</source>
            <translation>Podobne imię i nazwisko pod tym samym adresem</translation>
        </message>
    </context>
    <context>
        <name>file_tabs</name>
        <message>
            <location filename="../../desktop/views/casework/tabs.py" line="+13" />
            <source>Assessments</source>
            <translation>Oceny potrzeb</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referrals</source>
            <translation>Skierowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care plans</source>
            <translation>Plany pomocy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Services</source>
            <translation>Świadczenia</translation>
        </message>
        <message>
            <location filename="../../desktop/views/clients/overview_tab.py" line="+15" />
            <source>Overview</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <location filename="../../desktop/views/clients/timeline_tab.py" line="+15" />
            <source>Timeline</source>
            <translation>Oś czasu</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/parcels_tab.py" line="+33" />
            <source>Parcels</source>
            <translation>Paczki</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <location filename="../../desktop/services/health.py" line="+29" />
            <source>Database: {path}</source>
            <translation>Baza danych: {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>schema revision {rev} (current)</source>
            <translation>wersja schematu {rev} (aktualna)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no schema revision: not a CentreDesk database, or never set up</source>
            <translation>brak wersji schematu: to nie jest baza danych CentreDesk albo nie została skonfigurowana</translation>
        </message>
        <message>
            <location line="+3" />
            <source>schema revision {rev}, this version expects {head}: start the app or run any command to upgrade</source>
            <translation>wersja schematu {rev}, ta wersja programu oczekuje {head}: uruchom aplikację lub dowolne polecenie, aby ją zaktualizować</translation>
        </message>
        <message>
            <location line="+9" />
            <source>journal mode {mode}</source>
            <translation>tryb dziennika {mode}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>integrity check</source>
            <translation>kontrola spójności</translation>
        </message>
        <message>
            <location line="+2" />
            <source>integrity check: {detail}</source>
            <translation>kontrola spójności: {detail}</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>foreign keys: %n broken reference(s), first in table {table}</source>
            <translation>
                <numerusform>klucze obce: %n uszkodzone powiązanie, pierwsze w tabeli {table}</numerusform>
                <numerusform>klucze obce: %n uszkodzone powiązania, pierwsze w tabeli {table}</numerusform>
                <numerusform>klucze obce: %n uszkodzonych powiązań, pierwsze w tabeli {table}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>foreign keys</source>
            <translation>klucze obce</translation>
        </message>
        <message>
            <location line="+3" />
            <source>audit log is append-only</source>
            <translation>dziennik zdarzeń jest tylko do dopisywania</translation>
        </message>
        <message>
            <location line="+2" />
            <source>audit log protection triggers are missing</source>
            <translation>brak wyzwalaczy chroniących dziennik zdarzeń</translation>
        </message>
    </context>
    <context>
        <name>identifiers</name>
        <message>
            <location filename="../../desktop/services/identifiers.py" line="+22" />
            <source>A {kind} has 16 digits.</source>
            <translation>{kind} ma 16 cyfr.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A {kind} has 11 digits.</source>
            <translation>{kind} ma 11 cyfr.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A {kind} may contain digits only.</source>
            <translation>{kind} może zawierać tylko cyfry.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The check digit does not match: a digit is probably mistyped.</source>
            <translation>Cyfra kontrolna się nie zgadza: prawdopodobnie błędnie wpisano którąś cyfrę.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date or region coded in the number is not possible.</source>
            <translation>Zakodowana w numerze data lub region są niemożliwe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The number is not valid.</source>
            <translation>Numer jest nieprawidłowy.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the identifier type for the number you entered.</source>
            <translation>Wybierz rodzaj identyfikatora dla wpisanego numeru.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the identifier number, or choose "none".</source>
            <translation>Wpisz numer identyfikatora albo wybierz „Brak”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This PESEL is not valid: {reason}</source>
            <translation>Ten numer PESEL jest nieprawidłowy: {reason}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This NIK is not valid: {reason}</source>
            <translation>Ten numer NIK jest nieprawidłowy: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A social security number has 9 digits.</source>
            <translation>Numer ubezpieczenia społecznego ma 9 cyfr.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The identifier is too long (at most 40 characters).</source>
            <translation>Identyfikator jest za długi (najwyżej 40 znaków).</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <location filename="../../desktop/services/import_households.py" line="+72" />
            <location filename="../../desktop/services/import_services.py" line="+94" />
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Wpisz datę w formacie YYYY-MM-DD.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The household reference is missing.</source>
            <translation>Brak numeru ewidencyjnego gospodarstwa domowego.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The household reference is too long.</source>
            <translation>Numer ewidencyjny gospodarstwa domowego jest za długi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use F, M, X or U.</source>
            <translation>Użyj F, M, X lub U.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write the birth date as YYYY-MM-DD or YYYY.</source>
            <translation>Wpisz datę urodzenia w formacie YYYY-MM-DD lub YYYY.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+8" />
            <source>Use one of: {values}.</source>
            <translation>Użyj jednej z wartości: {values}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write the income as a number, e.g. 1250.50.</source>
            <translation>Wpisz dochód jako liczbę, np. 1250,50.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Line {line} gives another value for the same household.</source>
            <translation>Wiersz {line} podaje inną wartość dla tego samego gospodarstwa domowego.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line {line} is already the head of this household.</source>
            <translation>Wiersz {line} jest już głową tego gospodarstwa domowego.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household {ref} already has a head.</source>
            <translation>Gospodarstwo domowe {ref} ma już głowę gospodarstwa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The same number is on line {line}.</source>
            <translation>Ten sam numer jest w wierszu {line}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Importing households</source>
            <translation>Import gospodarstw domowych</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>%n household(s) created.</source>
            <translation>
                <numerusform>Utworzono %n gospodarstwo domowe.</numerusform>
                <numerusform>Utworzono %n gospodarstwa domowe.</numerusform>
                <numerusform>Utworzono %n gospodarstw domowych.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Line {line}: same identifier as person #{id} already registered.</source>
            <translation>Wiersz {line}: ten sam identyfikator co już zarejestrowana osoba nr {id}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Line {line}: similar name and same birth date as person #{id}.</source>
            <translation>Wiersz {line}: podobne imię i nazwisko oraz ta sama data urodzenia co osoba nr {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/importing.py" line="+112" />
            <source>Unknown import type {kind}: choose one of {choices}.</source>
            <translation>Nieznany rodzaj importu {kind}: wybierz jeden z: {choices}.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The file is not in UTF-8 text (problem at byte {pos}).</source>
            <translation>Plik nie jest tekstem w kodowaniu UTF-8 (problem w bajcie {pos}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Excel or LibreOffice choose Save as, then "CSV UTF-8 (comma delimited)".</source>
            <translation>W programie Excel lub LibreOffice wybierz Zapisz jako, a następnie "CSV UTF-8 (rozdzielany przecinkami)".</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file could not be read as an Excel workbook ({reason}).</source>
            <translation>Nie udało się odczytać pliku jako skoroszytu programu Excel ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open it in Excel or LibreOffice and save it again as .xlsx or CSV UTF-8.</source>
            <translation>Otwórz go w programie Excel lub LibreOffice i zapisz ponownie jako .xlsx lub CSV UTF-8.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file {path} does not exist.</source>
            <translation>Plik {path} nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is too large (over 200 MB): split it into smaller files.</source>
            <translation>Plik jest za duży (ponad 200 MB): podziel go na mniejsze pliki.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a .csv (UTF-8) or .xlsx file.</source>
            <translation>Wybierz plik .csv (UTF-8) lub .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file is empty: it needs a header row.</source>
            <translation>Plik jest pusty: musi zawierać wiersz nagłówka.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Required column is missing.</source>
            <translation>Brak wymaganej kolumny.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The column appears more than once.</source>
            <translation>Kolumna występuje więcej niż raz.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checking rows</source>
            <translation>Sprawdzanie wierszy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The row has more cells than the header.</source>
            <translation>Wiersz ma więcej komórek niż nagłówek.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Nie można zapisać {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/import_services.py" line="-48" />
            <source>Not a number: {value}.</source>
            <translation>To nie jest liczba: {value}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Must be more than zero.</source>
            <translation>Musi być większe od zera.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be negative.</source>
            <translation>Nie może być ujemne.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The date is in the future.</source>
            <translation>Data jest datą przyszłą.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The household reference is empty.</source>
            <translation>Numer ewidencyjny gospodarstwa domowego jest pusty.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No household has the reference {ref}.</source>
            <translation>Żadne gospodarstwo domowe nie ma numeru ewidencyjnego {ref}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown service type {code}: use one of {codes}.</source>
            <translation>Nieznany rodzaj świadczenia {code}: użyj jednego z: {codes}.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Unknown programme {name}; the programmes are: {known}. Add it first, or fix the name.</source>
            <translation>Nieznany program {name}; dostępne programy: {known}. Najpierw go dodaj albo popraw nazwę.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nobody called {name} lived in household {ref} on {date}.</source>
            <translation>W dniu {date} w gospodarstwie domowym {ref} nie mieszkała osoba o nazwisku {name}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>More than one member of household {ref} is called {name}: give both names.</source>
            <translation>Więcej niż jeden członek gospodarstwa domowego {ref} nazywa się {name}: podaj imię i nazwisko.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Importing services</source>
            <translation>Import świadczeń</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <location filename="../../desktop/services/intake.py" line="+65" />
            <source>Add at least one member.</source>
            <translation>Dodaj co najmniej jednego członka.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A person without a household is registered on their own: enter one member only.</source>
            <translation>Osoba bez gospodarstwa domowego jest rejestrowana samodzielnie: wpisz tylko jednego członka.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose exactly one head of household.</source>
            <translation>Wybierz dokładnie jedną głowę gospodarstwa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Member {n}: {problem}</source>
            <translation>Członek {n}: {problem}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Needs noted at intake.</source>
            <translation>Potrzeby odnotowane przy rejestracji.</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <location filename="../../desktop/services/merge.py" line="+66" />
            <source>Choose two different people to merge.</source>
            <translation>Wybierz dwie różne osoby do scalenia.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+47" />
            <source>An erased record cannot be merged.</source>
            <translation>Nie można scalić rekordu z usuniętymi danymi.</translation>
        </message>
        <message>
            <location line="-44" />
            <source>The two people have different identifier numbers: they are probably not the same person.</source>
            <translation>Te dwie osoby mają różne numery identyfikacyjne: prawdopodobnie nie są tą samą osobą.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Choose two different households to merge.</source>
            <translation>Wybierz dwa różne gospodarstwa domowe do scalenia.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../desktop/views/messages.py" line="+79" />
            <source>Cannot do that</source>
            <translation>Nie można tego zrobić</translation>
        </message>
    </context>
    <context>
        <name>navigation</name>
        <message>
            <location filename="../../desktop/views/navigation.py" line="+50" />
            <source>Dashboard</source>
            <translation>Pulpit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stock</source>
            <translation>Magazyn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rosters</source>
            <translation>Grafiki dyżurów</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Programmes</source>
            <translation>Programy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shelter</source>
            <translation>Noclegownia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Sprawozdania</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administration</source>
            <translation>Administracja</translation>
        </message>
    </context>
    <context>
        <name>needs</name>
        <message>
            <location filename="../../desktop/services/profiles.py" line="+66" />
            <source>Food insecurity</source>
            <translation>Niedostatek żywności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Housing / homelessness</source>
            <translation>Mieszkanie / bezdomność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income / debt</source>
            <translation>Dochód / zadłużenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unemployment</source>
            <translation>Bezrobocie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health</source>
            <translation>Zdrowie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disability</source>
            <translation>Niepełnosprawność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health</source>
            <translation>Zdrowie psychiczne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addiction</source>
            <translation>Uzależnienie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domestic violence</source>
            <translation>Przemoc domowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Childcare</source>
            <translation>Opieka nad dziećmi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Elderly care</source>
            <translation>Opieka nad osobami starszymi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal</source>
            <translation>Sprawy prawne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education / training</source>
            <translation>Edukacja / szkolenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Migration / documents</source>
            <translation>Migracja / dokumenty</translation>
        </message>
    </context>
    <context>
        <name>notes</name>
        <message>
            <location filename="../../desktop/services/case_notes.py" line="+51" />
            <source>Write the note first.</source>
            <translation>Najpierw wpisz treść notatki.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The note is too long (over {n} characters): split it.</source>
            <translation>Notatka jest za długa (ponad {n} znaków): podziel ją.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The note's date cannot be in the future.</source>
            <translation>Data notatki nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That note no longer exists.</source>
            <translation>Ta notatka już nie istnieje.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This note is sealed: only the caseworkers on the case and coordinators can read it.</source>
            <translation>To jest notatka zastrzeżona: mogą ją czytać tylko pracownicy socjalni prowadzący sprawę i koordynatorzy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ask a coordinator to put you on the case.</source>
            <translation>Poproś koordynatora o przypisanie Cię do sprawy.</translation>
        </message>
    </context>
    <context>
        <name>pdf</name>
        <message>
            <location filename="../../desktop/reports/pdf_common.py" line="+93" />
            <source>Printed {when}</source>
            <translation>Wydrukowano {when}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Page {page} of {pages}</source>
            <translation>Strona {page} z {pages}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot write the PDF file: {reason}</source>
            <translation>Nie można zapisać pliku PDF: {reason}</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <location filename="../../desktop/services/permissions.py" line="+96" />
            <source>Your role ({role}) may not do this.</source>
            <translation>Twoja rola ({role}) nie pozwala na tę czynność.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask a coordinator or the administrator.</source>
            <translation>Zwróć się do koordynatora lub administratora.</translation>
        </message>
    </context>
    <context>
        <name>placeholders</name>
        <message>
            <location filename="../../desktop/views/placeholder.py" line="+17" />
            <source>Clients</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a household in seconds, register households and people, record visits and parcels, consents, assessments, case notes, referrals and care plans.</source>
            <translation>Znajdź gospodarstwo domowe w kilka sekund, rejestruj gospodarstwa domowe i osoby, wizyty i paczki, zgody, oceny potrzeb, notatki, skierowania i plany pomocy.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Stock</source>
            <translation>Magazyn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receive donations, count stock, hand out parcels first-expiry-first-out and write off expired items.</source>
            <translation>Przyjmuj darowizny, przeprowadzaj inwentaryzację, wydawaj paczki, zaczynając od produktów z najkrótszym terminem ważności, i spisuj przeterminowane artykuły.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rosters</source>
            <translation>Grafiki dyżurów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff and volunteer register, shifts with clash checks, credentials with expiry, signing in and out.</source>
            <translation>Ewidencja pracowników i wolontariuszy, dyżury z wykrywaniem konfliktów, uprawnienia z datą ważności, rejestracja przyjścia i wyjścia.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programmes</source>
            <translation>Programy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programmes with eligibility rules, enrolments, waitlists and document checklists.</source>
            <translation>Programy z kryteriami kwalifikowania, zapisy, listy oczekujących i wykazy wymaganych dokumentów.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Shelter</source>
            <translation>Noclegownia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rooms and beds, check-in and check-out, the nightly roll call and the waitlist.</source>
            <translation>Pokoje i łóżka, zameldowania i wymeldowania, wieczorne sprawdzanie obecności i lista oczekujących.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Sprawozdania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The monthly report, your country's report pack and impact analysis, in Excel, PDF and JSON.</source>
            <translation>Sprawozdanie miesięczne, pakiet sprawozdań dla Twojego kraju i analiza efektów — w formatach Excel, PDF i JSON.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This part of CentreDesk arrives in a later version.</source>
            <translation>Ten moduł CentreDesk pojawi się w kolejnej wersji.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It will let you: {what}</source>
            <translation>Zakres funkcji: {what}</translation>
        </message>
    </context>
    <context>
        <name>profiles</name>
        <message>
            <location filename="../../desktop/services/profiles.py" line="+22" />
            <source>Poland</source>
            <translation>Polska</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Indonesia</source>
            <translation>Indonezja</translation>
        </message>
        <message>
            <location line="+12" />
            <source>United States</source>
            <translation>Stany Zjednoczone</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Generic (any country)</source>
            <translation>Ogólny (dowolny kraj)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/setup/profile_text.py" line="+13" />
            <source>grounds for assistance of art. 7 of the Social Assistance Act</source>
            <translation>powody przyznania pomocy z art. 7 ustawy o pomocy społecznej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PMKS categories (Penyandang Masalah Kesejahteraan Sosial)</source>
            <translation>kategorie PMKS (Penyandang Masalah Kesejahteraan Sosial)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>general list of needs</source>
            <translation>ogólna lista potrzeb</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PESEL (checked)</source>
            <translation>PESEL (weryfikowany)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NIK (checked) and KK family-card number</source>
            <translation>NIK (weryfikowany) i numer karty rodziny KK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSN</source>
            <translation>SSN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other document</source>
            <translation>inny dokument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location line="+4" />
            <source>locality</source>
            <translation>miejscowość</translation>
        </message>
        <message>
            <location line="+4" />
            <source>postcode</source>
            <translation>kod pocztowy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address line</source>
            <translation>wiersz adresu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>district</source>
            <translation>dzielnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region</source>
            <translation>region</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Needs list: {taxonomy}, %n categories, e.g. {examples}…</source>
            <translation>
                <numerusform>Lista potrzeb: {taxonomy}, %n kategoria, np. {examples}…</numerusform>
                <numerusform>Lista potrzeb: {taxonomy}, %n kategorie, np. {examples}…</numerusform>
                <numerusform>Lista potrzeb: {taxonomy}, %n kategorii, np. {examples}…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal identifier: {ids}</source>
            <translation>Identyfikator osobowy: {ids}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Address: {fields}</source>
            <translation>Adres: {fields}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Currency: {currency}</source>
            <translation>Waluta: {currency}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays: {country}</source>
            <translation>Dni świąteczne: {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none (add your own)</source>
            <translation>brak (dodaj własne)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every list stays editable after set-up.</source>
            <translation>Każdą listę można edytować po konfiguracji.</translation>
        </message>
    </context>
    <context>
        <name>referral_letter</name>
        <message>
            <location filename="../../desktop/reports/referral_letter.py" line="+17" />
            <source>Referral letter</source>
            <translation>Skierowanie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attn: {name}</source>
            <translation>Do rąk własnych: {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tracking number</source>
            <translation>Numer referencyjny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To</source>
            <translation>Adresat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Person referred</source>
            <translation>Osoba kierowana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity number</source>
            <translation>Numer identyfikacyjny</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only the details the person agreed to share with your organisation are given.</source>
            <translation>Podano wyłącznie dane, na których udostępnienie Państwa instytucji osoba wyraziła zgodę.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service requested</source>
            <translation>Wnioskowana usługa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason for referral</source>
            <translation>Powód skierowania</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Please quote the tracking number {number} in any reply.</source>
            <translation>W odpowiedzi prosimy powoływać się na numer referencyjny {number}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>We will contact you about this referral on or after {date}.</source>
            <translation>Skontaktujemy się z Państwem w sprawie tego skierowania nie wcześniej niż {date}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Caseworker: {name}</source>
            <translation>Pracownik socjalny: {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signature</source>
            <translation>Podpis</translation>
        </message>
    </context>
    <context>
        <name>referrals</name>
        <message>
            <location filename="../../desktop/services/referrals.py" line="+40" />
            <source>Draft</source>
            <translation>Wersja robocza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Wysłane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Przyjęte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Zrealizowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation>Odrzucone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Osoba się nie zgłosiła</translation>
        </message>
        <message>
            <location line="+56" />
            <source>That agency no longer exists.</source>
            <translation>Ta instytucja już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That agency is no longer in use: choose another.</source>
            <translation>Ta instytucja nie jest już używana: wybierz inną.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say which service the person is referred for.</source>
            <translation>Podaj, na jaką usługę osoba jest kierowana.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the reason for the referral.</source>
            <translation>Podaj powód skierowania.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+65" />
            <source>The follow-up date is before the referral date.</source>
            <translation>Data kontroli jest wcześniejsza niż data skierowania.</translation>
        </message>
        <message>
            <location line="-50" />
            <location line="+82" />
            <source>That referral no longer exists.</source>
            <translation>To skierowanie już nie istnieje.</translation>
        </message>
        <message>
            <location line="-68" />
            <source>A referral that is "{current}" cannot become "{new}".</source>
            <translation>Skierowanie o statusie „{current}” nie może otrzymać statusu „{new}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible next steps: {allowed}.</source>
            <translation>Możliwe następne kroki: {allowed}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date is before the referral was made.</source>
            <translation>Data jest wcześniejsza niż data wystawienia skierowania.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date cannot be in the future.</source>
            <translation>Data nie może być z przyszłości.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The referral cannot be sent: the person has no consent in force on {date} to share their details with this agency.</source>
            <translation>Nie można wysłać skierowania: osoba nie ma w dniu {date} ważnej zgody na udostępnienie swoich danych tej instytucji.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the person's consent to share with this agency (Consents tab), then send the referral.</source>
            <translation>Zarejestruj zgodę osoby na udostępnienie danych tej instytucji (karta Zgody), a następnie wyślij skierowanie.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referral_letter.py" line="+54" />
            <source>The letter cannot be printed: the person has no consent in force on {date} to share their details with this agency.</source>
            <translation>Nie można wydrukować pisma: osoba nie ma w dniu {date} ważnej zgody na udostępnienie swoich danych tej instytucji.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the person's consent to share with this agency (Consents tab) first.</source>
            <translation>Najpierw zarejestruj zgodę osoby na udostępnienie danych tej instytucji (karta Zgody).</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../desktop/services/reporting.py" line="+59" />
            <location line="+8" />
            <source>Choose a file ending in .xlsx, .pdf or .json.</source>
            <translation>Wybierz plik z rozszerzeniem .xlsx, .pdf lub .json.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} is open in another program, so it cannot be replaced.</source>
            <translation>Plik {name} jest otwarty w innym programie, więc nie można go zastąpić.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close it there, or choose another file name, and export again.</source>
            <translation>Zamknij go tam albo wybierz inną nazwę pliku i wyeksportuj ponownie.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unknown data-quality check {check}.</source>
            <translation>Nieznana kontrola jakości danych: {check}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The list of people is written as an .xlsx file.</source>
            <translation>Lista osób jest zapisywana jako plik .xlsx.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/households.py" line="+37" />
            <location line="+11" />
            <location filename="../../desktop/reports/sections/us_tefap.py" line="+28" />
            <source>Households served</source>
            <translation>Obsłużone gospodarstwa domowe</translation>
        </message>
        <message>
            <location line="-10" />
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+116" />
            <location filename="../../desktop/reports/sections/people.py" line="+62" />
            <location filename="../../desktop/reports/sections/pl_mrpips.py" line="+79" />
            <location filename="../../desktop/reports/sections/us_tefap.py" line="+9" />
            <location filename="../../desktop/reports/sections/volunteers.py" line="+16" />
            <source>Figure</source>
            <translation>Wskaźnik</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop/reports/sections/services.py" line="+64" />
            <source>Households</source>
            <translation>Gospodarstwa domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households served (unduplicated)</source>
            <translation>Obsłużone gospodarstwa domowe (bez powtórzeń)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/sections/people.py" line="+2" />
            <source>New this period</source>
            <translation>Nowe w tym okresie</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/sections/people.py" line="+1" />
            <source>Returning</source>
            <translation>Powracające</translation>
        </message>
        <message>
            <location line="+1" />
            <source>With children under 18</source>
            <translation>Z dziećmi poniżej 18 lat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A household with children has a member under 18 on its first service date in the period.</source>
            <translation>Gospodarstwo domowe z dziećmi ma członka w wieku poniżej 18 lat w dniu pierwszego świadczenia w okresie.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+13" />
            <location filename="../../desktop/reports/sections/referrals.py" line="+44" />
            <source>No agency type</source>
            <translation>Brak rodzaju instytucji</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/referrals.py" line="+2" />
            <location line="+11" />
            <source>Referrals</source>
            <translation>Skierowania</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Referrals by status</source>
            <translation>Skierowania według statusu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Referrals made</source>
            <translation>Wystawione skierowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referrals sent in the period, with their status today.</source>
            <translation>Skierowania wysłane w okresie, z ich dzisiejszym statusem.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Referrals by agency type</source>
            <translation>Skierowania według rodzaju instytucji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency type</source>
            <translation>Rodzaj instytucji</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="-44" />
            <location line="+14" />
            <location filename="../../desktop/reports/sections/people.py" line="+4" />
            <location line="+4" />
            <location filename="../../desktop/reports/sections/referrals.py" line="+1" />
            <location filename="../../desktop/reports/sections/services.py" line="-4" />
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/services.py" line="+2" />
            <location line="+7" />
            <location line="+2" />
            <source>Services by type</source>
            <translation>Świadczenia według rodzaju</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Service type</source>
            <translation>Rodzaj świadczenia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Services</source>
            <translation>Świadczenia</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/people.py" line="-14" />
            <location filename="../../desktop/reports/sections/services.py" line="+0" />
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/services.py" line="+3" />
            <source>People and households are counted once per type; a person served with two types appears in both.</source>
            <translation>Osoby i gospodarstwa domowe są liczone raz dla każdego rodzaju; osoba, która otrzymała świadczenia dwóch rodzajów, występuje w obu.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/food.py" line="+113" />
            <source>Food parcels recorded without stock lines</source>
            <translation>Paczki żywnościowe zarejestrowane bez pozycji magazynowych</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Food total</source>
            <translation>Żywność razem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Items distributed by category</source>
            <translation>Wydane artykuły według kategorii</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/sections/stock.py" line="+63" />
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Items (units)</source>
            <translation>Artykuły (szt.)</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>Weight (kg)</source>
            <translation>Waga (kg)</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Items without weight</source>
            <translation>Artykuły bez wagi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Items without a unit weight are counted in units, not in kg.</source>
            <translation>Artykuły bez wagi jednostkowej są liczone w sztukach, a nie w kg.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>Food distributed per month (kg)</source>
            <translation>Żywność wydana w poszczególnych miesiącach (kg)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Food and items distributed</source>
            <translation>Wydana żywność i artykuły</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/volunteers.py" line="-1" />
            <location line="+7" />
            <source>Staff and volunteers</source>
            <translation>Pracownicy i wolontariusze</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+17" />
            <location filename="../../desktop/reports/sections/pl_mrpips.py" line="+0" />
            <location filename="../../desktop/reports/sections/us_tefap.py" line="+0" />
            <location filename="../../desktop/reports/sections/volunteers.py" line="-6" />
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/volunteers.py" line="+1" />
            <source>People who worked shifts</source>
            <translation>Osoby, które pełniły dyżury</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours worked</source>
            <translation>Przepracowane godziny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-shows</source>
            <translation>Nieobecności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed-in time on completed shift assignments.</source>
            <translation>Czas od zarejestrowania przyjścia na zakończonych przydziałach do dyżurów.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/us_tefap.py" line="-11" />
            <source>Households with minor children (under 18)</source>
            <translation>Gospodarstwa domowe z małoletnimi dziećmi (poniżej 18 lat)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households without minor children</source>
            <translation>Gospodarstwa domowe bez małoletnich dzieci</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Persons of unknown age</source>
            <translation>Osoby w nieznanym wieku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Persons aged {band}</source>
            <translation>Osoby w wieku {band}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total persons</source>
            <translation>Osoby razem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food distributed (kg)</source>
            <translation>Wydana żywność (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food distributed (lb)</source>
            <translation>Wydana żywność (lb)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEFAP monthly figures</source>
            <translation>Dane miesięczne TEFAP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pounds = kilograms x 2.20462.</source>
            <translation>Funty = kilogramy x 2,20462.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>TEFAP figures</source>
            <translation>Dane TEFAP</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/pl_mrpips.py" line="-32" />
            <source>Form of aid</source>
            <translation>Forma pomocy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Persons assisted</source>
            <translation>Liczba osób, którym przyznano pomoc</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Families</source>
            <translation>Liczba rodzin</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+27" />
            <source>Persons in families</source>
            <translation>Liczba osób w rodzinach</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Total (unduplicated)</source>
            <translation>Razem (bez powtórzeń)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Assistance by form of aid</source>
            <translation>Pomoc według form</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Families are households; persons in families are the household's members on its first service date in the period.</source>
            <translation>Rodziny to gospodarstwa domowe; osoby w rodzinach to członkowie gospodarstwa domowego w dniu jego pierwszego świadczenia w okresie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Families by ground for assistance (art. 7)</source>
            <translation>Rodziny według powodów przyznania pomocy (art. 7)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ground</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grounds come from needs assessments dated on or before the end of the period; a family may have several grounds.</source>
            <translation>Powody pochodzą z ocen potrzeb sporządzonych najpóźniej w ostatnim dniu okresu; rodzina może mieć kilka powodów.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rural areas and staff</source>
            <translation>Tereny wiejskie i kadra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Families in rural areas</source>
            <translation>Rodziny na wsi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Persons in rural families</source>
            <translation>Liczba osób w rodzinach na wsi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff (headcount)</source>
            <translation>Pracownicy (liczba osób)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteers (headcount)</source>
            <translation>Wolontariusze (liczba osób)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Based on the MRPiPS-03 statistical report; the official form's layout could not be checked.</source>
            <translation>Na podstawie sprawozdania statystycznego MRPiPS-03; nie sprawdzono układu urzędowego formularza.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Based on MRPiPS-03</source>
            <translation>Na podstawie MRPiPS-03</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/people.py" line="-40" />
            <source>Female</source>
            <translation>Kobieta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Mężczyzna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Inna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not recorded</source>
            <translation>Nie podano</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unknown age</source>
            <translation>Wiek nieznany</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/people_list.py" line="+65" />
            <location filename="../../desktop/reports/sections/people.py" line="+34" />
            <location line="+15" />
            <source>People served</source>
            <translation>Obsłużone osoby</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/people.py" line="-13" />
            <source>People served (unduplicated)</source>
            <translation>Obsłużone osoby (bez powtórzeń)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>People by age band</source>
            <translation>Osoby według przedziałów wieku</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Age band</source>
            <translation>Przedział wieku</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age on the date of the person's first service in the period.</source>
            <translation>Wiek w dniu pierwszego świadczenia danej osoby w okresie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People by sex</source>
            <translation>Osoby według płci</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/people_list.py" line="-15" />
            <location filename="../../desktop/reports/sections/people.py" line="+0" />
            <source>Sex</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+0" />
            <source>Visitors</source>
            <translation>Odwiedzający</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visitors served (persons, unduplicated)</source>
            <translation>Obsłużeni odwiedzający (osoby, bez powtórzeń)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New visitors</source>
            <translation>Nowi odwiedzający</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits (services recorded)</source>
            <translation>Wizyty (zarejestrowane świadczenia)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households registered</source>
            <translation>Zarejestrowane gospodarstwa domowe</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Referrals by destination and status</source>
            <translation>Skierowania według miejsca i statusu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Miejsce skierowania</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+51" />
            <source>Referred</source>
            <translation>Skierowano</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Complaints by type and resolution</source>
            <translation>Skargi według rodzaju i sposobu rozpatrzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of complaint</source>
            <translation>Rodzaj skargi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Received in the period</source>
            <translation>Wpłynęło w okresie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>Rozpatrzono</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Rejected</source>
            <translation>Odrzucono</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Still open at the end of the period</source>
            <translation>Otwarte na koniec okresu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received = received in the period. Resolved, referred and rejected = closed that way in the period, whenever received. Still open = received by the end of the period and not closed by then.</source>
            <translation>Wpłynęło = skargi, które wpłynęły w okresie. Rozpatrzono, skierowano i odrzucono = skargi zamknięte w ten sposób w okresie, niezależnie od daty wpływu. Otwarte = skargi, które wpłynęły do końca okresu i nie zostały do tego dnia zamknięte.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>DTKS update proposals</source>
            <translation>Wnioski o aktualizację DTKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposal</source>
            <translation>Rodzaj wniosku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Proposed in the period</source>
            <translation>Sporządzono w okresie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>Złożono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Accepted</source>
            <translation>Zatwierdzono</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each column counts what happened in the period: proposals made, submitted, and decided (accepted or rejected).</source>
            <translation>Każda kolumna liczy zdarzenia z okresu: wnioski sporządzone, złożone i rozstrzygnięte (zatwierdzone lub odrzucone).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Complaints (pengaduan) received</source>
            <translation>Skargi (pengaduan), które wpłynęły</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DTKS update proposals made (new / correction / deactivation)</source>
            <translation>Sporządzone wnioski o aktualizację DTKS (nowy wpis / korekta / dezaktywacja)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Served</source>
            <translation>Obsłużono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unresolved</source>
            <translation>Nierozwiązane</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Referred = sent or accepted; served = completed; unresolved = declined or no-show.</source>
            <translation>Skierowano = wysłane lub przyjęte; obsłużono = zakończone; nierozwiązane = odrzucone lub osoba się nie zgłosiła.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Persons served by PMKS category</source>
            <translation>Osoby obsłużone według kategorii PMKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PMKS category</source>
            <translation>Kategoria PMKS</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Persons</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From needs assessments dated on or before the end of the period; a person may be in several categories.</source>
            <translation>Na podstawie ocen potrzeb sporządzonych najpóźniej w ostatnim dniu okresu; osoba może należeć do kilku kategorii.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>SLRT monthly report</source>
            <translation>Sprawozdanie miesięczne SLRT</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/stock.py" line="-1" />
            <source>Stock by category (units)</source>
            <translation>Stan magazynowy według kategorii (szt.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening</source>
            <translation>Stan początkowy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Received</source>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distributed</source>
            <translation>Wydano</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adjusted</source>
            <translation>Korekty</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closing</source>
            <translation>Stan końcowy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adjusted includes write-offs and count differences; transfers between places are not shown.</source>
            <translation>Korekty obejmują spisania i różnice inwentaryzacyjne; przesunięcia między lokalizacjami nie są pokazane.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stock</source>
            <translation>Magazyn</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/json_export.py" line="+33" />
            <location filename="../../desktop/reports/people_list.py" line="+18" />
            <location filename="../../desktop/reports/xlsx.py" line="+167" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Nie można zapisać {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/people_list.py" line="-19" />
            <source>Person id</source>
            <translation>ID osoby</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Family name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Birth date</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First service in period</source>
            <translation>Pierwsze świadczenie w okresie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New or returning</source>
            <translation>Nowa czy powracająca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new</source>
            <translation>nowa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>returning</source>
            <translation>powracająca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the list of people</source>
            <translation>Zapisywanie listy osób</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/packs.py" line="+34" />
            <source>Monthly report</source>
            <translation>Sprawozdanie miesięczne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Report based on MRPiPS-03</source>
            <translation>Sprawozdanie na podstawie MRPiPS-03</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Puskesos / SLRT monthly report</source>
            <translation>Sprawozdanie miesięczne Puskesos / SLRT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>TEFAP monthly report</source>
            <translation>Sprawozdanie miesięczne TEFAP</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown report {pack}: choose one of {choices}.</source>
            <translation>Nieznane sprawozdanie {pack}: wybierz jedno z: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/quality.py" line="+85" />
            <source>People served without a birth date</source>
            <translation>Obsłużone osoby bez daty urodzenia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People served without sex recorded</source>
            <translation>Obsłużone osoby bez podanej płci</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Services without a programme</source>
            <translation>Świadczenia bez programu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Services without a household or person</source>
            <translation>Świadczenia bez gospodarstwa domowego lub osoby</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Households served without an address</source>
            <translation>Obsłużone gospodarstwa domowe bez adresu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Food items given without a unit weight</source>
            <translation>Artykuły żywnościowe wydane bez wagi jednostkowej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Food parcels recorded without a weight</source>
            <translation>Paczki żywnościowe zarejestrowane bez wagi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shifts signed in but never signed out</source>
            <translation>Dyżury z zarejestrowanym przyjściem, ale bez wyjścia</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/xlsx.py" line="-50" />
            <source>Centre</source>
            <translation>Ośrodek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated by</source>
            <translation>Sporządził(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated at</source>
            <translation>Data sporządzenia</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/pdf.py" line="+91" />
            <location filename="../../desktop/reports/xlsx.py" line="+9" />
            <source>Data-quality warnings</source>
            <translation>Ostrzeżenia o jakości danych</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/xlsx.py" line="+1" />
            <source>Check</source>
            <translation>Kontrola</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop/reports/xlsx.py" line="+0" />
            <source>Records</source>
            <translation>Rekordy</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/xlsx.py" line="+2" />
            <source>Records with missing data are still counted; fix them for better figures.</source>
            <translation>Rekordy z brakującymi danymi są nadal liczone; uzupełnij je, aby uzyskać dokładniejsze dane.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/periods.py" line="+21" />
            <source>The period ends before it starts.</source>
            <translation>Okres kończy się przed swoim początkiem.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Unknown period {text}: use 2026-10, 2026-Q3, 2026-H1 or 2026.</source>
            <translation>Nieznany okres {text}: użyj formatu 2026-10, 2026-Q3, 2026-H1 lub 2026.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Dates must look like 2026-10-31.</source>
            <translation>Daty wpisuj w formacie 2026-10-31.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/pdf.py" line="-6" />
            <source>Period: {period}</source>
            <translation>Okres: {period}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated by {who} on {when}</source>
            <translation>Sporządził(a) {who}, {when}</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../desktop/services/permissions.py" line="-29" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinator</source>
            <translation>Koordynator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caseworker</source>
            <translation>Pracownik socjalny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warehouse</source>
            <translation>Magazyn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Front desk</source>
            <translation>Recepcja</translation>
        </message>
    </context>
    <context>
        <name>rosters</name>
        <message>
            <location filename="../../desktop/services/rosters/assignments.py" line="+31" />
            <location filename="../../desktop/services/rosters/clashes.py" line="+132" />
            <location filename="../../desktop/services/rosters/register.py" line="+115" />
            <source>That person is no longer on the register.</source>
            <translation>Tej osoby nie ma już w ewidencji.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/register.py" line="+6" />
            <source>Enter the person's name.</source>
            <translation>Wpisz imię i nazwisko osoby.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The maximum hours per week must be between 0 and 168.</source>
            <translation>Maksymalna liczba godzin tygodniowo musi wynosić od 0 do 168.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The e-mail address needs an @.</source>
            <translation>Adres e-mail musi zawierać znak @.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That login no longer exists.</source>
            <translation>Ten login już nie istnieje.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That login already belongs to another person on the register.</source>
            <translation>Ten login jest już przypisany do innej osoby w ewidencji.</translation>
        </message>
        <message>
            <location line="+111" />
            <source>A skill or credential is listed twice.</source>
            <translation>Umiejętność lub uprawnienie występuje na liście dwukrotnie.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>An availability window on {day} starts and ends at {time}: give it a length.</source>
            <translation>Okres dostępności w dniu {day} zaczyna się i kończy o {time}: ustaw jego długość.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/posts.py" line="+37" />
            <location filename="../../desktop/services/rosters/register.py" line="-41" />
            <source>That skill or credential no longer exists.</source>
            <translation>Ta umiejętność lub to uprawnienie już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/register.py" line="+2" />
            <source>A credential cannot expire before it was obtained.</source>
            <translation>Uprawnienie nie może wygasać przed datą jego uzyskania.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Two availability windows on {day} overlap ({first} and {second}): join them into one or change the times.</source>
            <translation>Dwa okresy dostępności w dniu {day} nakładają się ({first} i {second}): połącz je w jeden lub zmień godziny.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+88" />
            <source>Choose a day of the week.</source>
            <translation>Wybierz dzień tygodnia.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Enter the name of the skill or credential.</source>
            <translation>Wpisz nazwę umiejętności lub uprawnienia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is already a skill or credential with that name.</source>
            <translation>Umiejętność lub uprawnienie o tej nazwie już istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/common.py" line="+24" />
            <source>Monday</source>
            <translation>Poniedziałek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuesday</source>
            <translation>Wtorek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>Środa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thursday</source>
            <translation>Czwartek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>Piątek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saturday</source>
            <translation>Sobota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation>Niedziela</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mon</source>
            <translation>Pn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tue</source>
            <translation>Wt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wed</source>
            <translation>Śr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation>Cz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fri</source>
            <translation>Pt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sat</source>
            <translation>Sb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation>Nd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scheduled</source>
            <translation>Zaplanowany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed in</source>
            <translation>Obecny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Zakończony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Nieobecność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Odwołany</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Staff</source>
            <translation>Pracownik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteer</source>
            <translation>Wolontariusz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skill</source>
            <translation>Umiejętność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credential</source>
            <translation>Uprawnienie</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Unknown time zone {name}: use a name such as Europe/Warsaw.</source>
            <translation>Nieznana strefa czasowa {name}: użyj nazwy takiej jak Europe/Warsaw.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>The shift must end at a different time than it starts.</source>
            <translation>Dyżur musi kończyć się o innej godzinie, niż się zaczyna.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/exports.py" line="+28" />
            <source>Print between 1 and 26 weeks.</source>
            <translation>Można wydrukować od 1 do 26 tygodni.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preparing the roster</source>
            <translation>Przygotowywanie grafiku dyżurów</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Save the hours report as .pdf or .xlsx.</source>
            <translation>Zapisz zestawienie godzin jako plik .pdf lub .xlsx.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/clashes.py" line="-57" />
            <source>This assignment clashes:</source>
            <translation>Ten przydział powoduje konflikt:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose someone else, or give a reason to assign anyway.</source>
            <translation>Wybierz kogoś innego albo podaj powód, aby mimo to przydzielić tę osobę.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/assignments.py" line="+4" />
            <location filename="../../desktop/services/rosters/clashes.py" line="+49" />
            <location filename="../../desktop/services/rosters/shift_edit.py" line="+64" />
            <source>That shift no longer exists.</source>
            <translation>Ten dyżur już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/clashes.py" line="+29" />
            <source>{name} is already on {post} on {day}, {times}, which overlaps this shift.</source>
            <translation>{name} ma już dyżur na stanowisku {post} w dniu {day}, {times}, który nakłada się na ten dyżur.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} would work {hours} h in the week {start} to {end}; the maximum is {limit} h.</source>
            <translation>W tygodniu od {start} do {end} osoba {name} miałaby {hours} godz. pracy; maksimum to {limit} godz.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} has not said they are available on {weekday}, {times}.</source>
            <translation>Osoba {name} nie zgłosiła dostępności w tym terminie: {weekday}, {times}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} has no {qualification}, which {post} requires.</source>
            <translation>Osoba {name} nie ma kwalifikacji „{qualification}”, której wymaga stanowisko {post}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{name}'s {qualification} expired on {date}; {post} requires it.</source>
            <translation>Kwalifikacja „{qualification}” osoby {name} wygasła {date}; wymaga jej stanowisko {post}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This shift already has {count} of {needed} people.</source>
            <translation>Ten dyżur ma już {count} z {needed} potrzebnych osób.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../desktop/services/rosters/shift_edit.py" line="+66" />
            <source>{day} is a public holiday: {holiday}.</source>
            <translation>{day} to dzień świąteczny: {holiday}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/posts.py" line="-6" />
            <source>Enter the name of the post.</source>
            <translation>Wpisz nazwę stanowiska.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is already a post with that name.</source>
            <translation>Stanowisko o tej nazwie już istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/clashes.py" line="-78" />
            <location filename="../../desktop/services/rosters/posts.py" line="+34" />
            <location filename="../../desktop/services/rosters/shift_edit.py" line="-46" />
            <location filename="../../desktop/services/rosters/shifts.py" line="-41" />
            <source>That post no longer exists.</source>
            <translation>To stanowisko już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/grid.py" line="+80" />
            <source>Show between 1 and 62 days.</source>
            <translation>Można wyświetlić od 1 do 62 dni.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/assignments.py" line="-2" />
            <source>This person is marked inactive on the register.</source>
            <translation>Ta osoba jest oznaczona w ewidencji jako nieaktywna.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This person is already on this shift.</source>
            <translation>Ta osoba jest już przypisana do tego dyżuru.</translation>
        </message>
        <message>
            <location line="+27" />
            <location filename="../../desktop/services/rosters/attendance.py" line="+69" />
            <source>That assignment no longer exists.</source>
            <translation>Ten przydział już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a shift that has not started can be cancelled.</source>
            <translation>Odwołać można tylko dyżur, który się jeszcze nie rozpoczął.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/shift_edit.py" line="+3" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+6" />
            <source>The number of people needed must be between 1 and 100.</source>
            <translation>Liczba potrzebnych osób musi wynosić od 1 do 100.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+18" />
            <source>This post already has a shift starting at that time that day.</source>
            <translation>To stanowisko ma już dyżur rozpoczynający się o tej godzinie tego dnia.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attendance is already recorded for this shift, so its date and post stay.</source>
            <translation>Obecność na tym dyżurze jest już zarejestrowana, więc jego data i stanowisko pozostają bez zmian.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You may still change its times, the people needed and the note.</source>
            <translation>Nadal możesz zmienić godziny, liczbę potrzebnych osób i notatkę.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n people are on this shift: take someone off before lowering the number needed.</source>
            <translation>
                <numerusform>Na tym dyżurze jest %n osoba: usuń kogoś z dyżuru, zanim zmniejszysz liczbę potrzebnych osób.</numerusform>
                <numerusform>Na tym dyżurze są %n osoby: usuń kogoś z dyżuru, zanim zmniejszysz liczbę potrzebnych osób.</numerusform>
                <numerusform>Na tym dyżurze jest %n osób: usuń kogoś z dyżuru, zanim zmniejszysz liczbę potrzebnych osób.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+55" />
            <source>This change makes the shift clash for people already on it:</source>
            <translation>Ta zmiana powoduje konflikt dla osób już przypisanych do dyżuru:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change it otherwise, or give a reason to save it anyway.</source>
            <translation>Wprowadź inną zmianę albo podaj powód, aby mimo to zapisać.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Attendance is recorded for this shift (sign-ins or no-shows), so it is kept: the hours worked must stay.</source>
            <translation>Na tym dyżurze zarejestrowano obecność (przyjścia lub nieobecności), więc dyżur zostaje zachowany: przepracowane godziny muszą pozostać.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If it will not run again, take off the people who have not started it.</source>
            <translation>Jeśli dyżur nie będzie się już odbywał, usuń z niego osoby, które go nie rozpoczęły.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/shifts.py" line="+32" />
            <source>That template no longer exists.</source>
            <translation>Ten szablon już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/hours.py" line="+59" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+24" />
            <source>The end date is before the start date.</source>
            <translation>Data końcowa jest wcześniejsza niż data początkowa.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/shifts.py" line="+2" />
            <source>Generate at most one year of shifts at a time.</source>
            <translation>Jednorazowo można utworzyć dyżury na najwyżej jeden rok.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Creating shifts</source>
            <translation>Tworzenie dyżurów</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/attendance.py" line="+8" />
            <source>This person has already signed in for this shift.</source>
            <translation>Ta osoba ma już zarejestrowane przyjście na ten dyżur.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sign this person in before signing them out.</source>
            <translation>Najpierw zarejestruj przyjście tej osoby, a potem jej wyjście.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+27" />
            <source>The sign-out time is before the sign-in time.</source>
            <translation>Godzina wyjścia jest wcześniejsza niż godzina przyjścia.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Only someone who has not signed in can be marked as a no-show.</source>
            <translation>Jako nieobecną można oznaczyć tylko osobę, która nie zarejestrowała przyjścia.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why the times are corrected.</source>
            <translation>Podaj powód korekty godzin.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the sign-in time too.</source>
            <translation>Wpisz także godzinę przyjścia.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A shift cannot last more than 24 hours.</source>
            <translation>Dyżur nie może trwać dłużej niż 24 godziny.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/tiles.py" line="+26" />
            <source>expired on {date}</source>
            <translation>wygasło {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expires on {date}</source>
            <translation>wygasa {date}</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Credentials expired or expiring within %n days</source>
            <translation>
                <numerusform>Zaświadczenia wygasłe lub wygasające w ciągu %n dnia</numerusform>
                <numerusform>Zaświadczenia wygasłe lub wygasające w ciągu %n dni</numerusform>
                <numerusform>Zaświadczenia wygasłe lub wygasające w ciągu %n dni</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>{filled} of {needed} people</source>
            <translation>{filled} z {needed} osób</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Understaffed shifts in the next 7 days</source>
            <translation>Dyżury z niepełną obsadą w najbliższych 7 dniach</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/reports/roster_documents.py" line="+47" />
            <source>short by %n</source>
            <translation>
                <numerusform>brakuje %n osoby</numerusform>
                <numerusform>brakuje %n osób</numerusform>
                <numerusform>brakuje %n osób</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Weekly roster</source>
            <translation>Tygodniowy grafik dyżurów</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Roster for the week {start} to {end}</source>
            <translation>Grafik dyżurów na tydzień od {start} do {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+61" />
            <location line="+25" />
            <source>Post</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <location line="-75" />
            <source>No shifts this week.</source>
            <translation>Brak dyżurów w tym tygodniu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(filled/needed). Shaded: short of people.</source>
            <translation>(obsadzone/potrzebne). Zacieniowane: brakuje osób.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yellow day: public holiday.</source>
            <translation>Dzień na żółto: święto.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write the Excel file: {reason}</source>
            <translation>Nie można zapisać pliku Excel: {reason}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Posts</source>
            <translation>Stanowiska</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+17" />
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+9" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>Shifts</source>
            <translation>Dyżury</translation>
        </message>
        <message>
            <location line="-6" />
            <source>No-shows</source>
            <translation>Nieobecności</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>Hours</source>
            <translation>Godziny</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+7" />
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hours worked {start} to {end}</source>
            <translation>Przepracowane godziny od {start} do {end}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{people} people worked {hours} hours on completed shifts.</source>
            <translation>Liczba osób: {people}; przepracowane godziny na zakończonych dyżurach: {hours}.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>By person</source>
            <translation>Według osób</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+12" />
            <source>By post</source>
            <translation>Według stanowisk</translation>
        </message>
    </context>
    <context>
        <name>rosters_demo</name>
        <message>
            <location filename="../../desktop/services/rosters/demo.py" line="+34" />
            <source>First aid</source>
            <translation>Pierwsza pomoc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food hygiene</source>
            <translation>Higiena żywności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Police / background check</source>
            <translation>Zaświadczenie o niekaralności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driving licence</source>
            <translation>Prawo jazdy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forklift</source>
            <translation>Wózek widłowy</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Intake desk</source>
            <translation>Punkt przyjęć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warehouse</source>
            <translation>Magazyn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distribution</source>
            <translation>Wydawanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter night</source>
            <translation>Nocny dyżur w noclegowni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outreach</source>
            <translation>Streetworking</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Volunteer</source>
            <translation>Wolontariusz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Student volunteer</source>
            <translation>Wolontariusz – student</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retired volunteer</source>
            <translation>Wolontariusz – senior</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Driver</source>
            <translation>Kierowca</translation>
        </message>
    </context>
    <context>
        <name>sar</name>
        <message>
            <location filename="../../desktop/reports/subject_access_pdf.py" line="+31" />
            <source>Personal data held (subject access)</source>
            <translation>Przechowywane dane osobowe (prawo dostępu)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Personal data held about one person</source>
            <translation>Dane osobowe przechowywane o osobie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything this centre's CentreDesk database holds about the person below, as of {when}. Record {id}.</source>
            <translation>Wszystko, co baza danych CentreDesk tego ośrodka zawiera na temat poniższej osoby, według stanu na {when}. Rekord {id}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{records} ({count})</source>
            <translation>{records} ({count})</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Household {n}</source>
            <translation>Gospodarstwo domowe {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No other records point at this person.</source>
            <translation>Żadne inne rekordy nie odnoszą się do tej osoby.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/subject_access.py" line="-49" />
            <source>[sealed note: its text can only be released by a coordinator]</source>
            <translation>[notatka zastrzeżona: jej treść może udostępnić tylko koordynator]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/subject_access_labels.py" line="+37" />
            <source>Record number</source>
            <translation>Numer rekordu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year of birth</source>
            <translation>Rok urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier type</source>
            <translation>Rodzaj identyfikatora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier number</source>
            <translation>Numer identyfikatora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred language</source>
            <translation>Preferowany język</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disability</source>
            <translation>Niepełnosprawność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special needs</source>
            <translation>Specjalne potrzeby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded at</source>
            <translation>Data zapisu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last changed at</source>
            <translation>Data ostatniej zmiany</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Household reference</source>
            <translation>Numer ewidencyjny gospodarstwa domowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rural area</source>
            <translation>Obszar wiejski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>Powiat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family card number (KK)</source>
            <translation>Numer karty rodzinnej (KK)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Housing situation</source>
            <translation>Sytuacja mieszkaniowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Miesięczny dochód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered on</source>
            <translation>Data rejestracji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registration to be renewed on</source>
            <translation>Termin odnowienia rejestracji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived at</source>
            <translation>Data archiwizacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person (record number)</source>
            <translation>Osoba (numer rekordu)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship to the head of household</source>
            <translation>Pokrewieństwo z głową gospodarstwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Member since</source>
            <translation>Członek od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved out on</source>
            <translation>Data wyprowadzki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assessed on</source>
            <translation>Data oceny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income</source>
            <translation>Dochód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expenses</source>
            <translation>Wydatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Narrative</source>
            <translation>Opis sytuacji</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+54" />
            <source>Outcome</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Eligible for</source>
            <translation>Kwalifikuje się do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessed by</source>
            <translation>Ocenę przeprowadził(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started on</source>
            <translation>Data rozpoczęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review every (days)</source>
            <translation>Przegląd co (dni)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next review on</source>
            <translation>Termin następnego przeglądu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed on</source>
            <translation>Data zamknięcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created by</source>
            <translation>Utworzył(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+53" />
            <source>Staff member</source>
            <translation>Pracownik</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Assigned on</source>
            <translation>Data przydzielenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ended on</source>
            <translation>Data zakończenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document type</source>
            <translation>Rodzaj dokumentu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Original file name</source>
            <translation>Pierwotna nazwa pliku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File type</source>
            <translation>Typ pliku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File size (bytes)</source>
            <translation>Rozmiar pliku (bajty)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File checksum (SHA-256)</source>
            <translation>Suma kontrolna pliku (SHA-256)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stored file name</source>
            <translation>Nazwa zapisanego pliku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued on</source>
            <translation>Data wydania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation>Data ważności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified by</source>
            <translation>Zweryfikował(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified at</source>
            <translation>Data weryfikacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uploaded by</source>
            <translation>Dodał(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uploaded at</source>
            <translation>Data dodania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written by</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note date</source>
            <translation>Data notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written at</source>
            <translation>Data zapisania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Treść</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sealed</source>
            <translation>Zastrzeżona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received on</source>
            <translation>Data przyjęcia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received by</source>
            <translation>Przyjął(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complainant</source>
            <translation>Skarżący</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complainant's contact</source>
            <translation>Dane kontaktowe skarżącego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of complaint</source>
            <translation>Rodzaj skargi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution</source>
            <translation>Sposób rozpatrzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved on</source>
            <translation>Data rozpatrzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency</source>
            <translation>Instytucja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded by</source>
            <translation>Zapisał(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to</source>
            <translation>Zgoda na</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given on</source>
            <translation>Data wyrażenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid until</source>
            <translation>Ważna do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn on</source>
            <translation>Data wycofania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the date of birth</source>
            <translation>Można udostępnić datę urodzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the identifier number</source>
            <translation>Można udostępnić numer identyfikatora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the address</source>
            <translation>Można udostępnić adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the phone number</source>
            <translation>Można udostępnić numer telefonu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tracking number</source>
            <translation>Numer referencyjny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service asked for</source>
            <translation>Wnioskowana usługa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created on</source>
            <translation>Data utworzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent on</source>
            <translation>Data wysłania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow up on</source>
            <translation>Termin kontroli</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service record number</source>
            <translation>Numer świadczenia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of service</source>
            <translation>Data świadczenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>Świadczenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weight (kg)</source>
            <translation>Waga (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recorded from</source>
            <translation>Źródło zapisu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for exceeding the limit</source>
            <translation>Powód przekroczenia limitu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given out on</source>
            <translation>Data wydania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given out from</source>
            <translation>Miejsce wydania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel type</source>
            <translation>Rodzaj paczki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Membership record number</source>
            <translation>Numer rekordu członkostwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household record number</source>
            <translation>Numer rekordu gospodarstwa domowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household phone</source>
            <translation>Telefon gospodarstwa domowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household status</source>
            <translation>Status gospodarstwa domowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household recorded at</source>
            <translation>Data zapisu gospodarstwa domowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household last changed at</source>
            <translation>Data ostatniej zmiany gospodarstwa domowego</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint status</source>
            <translation>Status skargi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan status</source>
            <translation>Status planu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral status</source>
            <translation>Status skierowania</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Needs assessments</source>
            <translation>Oceny potrzeb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care plans</source>
            <translation>Plany pomocy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caseworkers assigned</source>
            <translation>Przydzieleni pracownicy socjalni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation>Skargi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referrals</source>
            <translation>Skierowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services received</source>
            <translation>Otrzymane świadczenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcels given out</source>
            <translation>Wydane paczki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Other</source>
            <translation>Inny</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation>Brak</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Active</source>
            <translation>Aktywny</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Archived</source>
            <translation>Zarchiwizowany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erased</source>
            <translation>Dane usunięte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Closed</source>
            <translation>Zamknięty</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Entered by staff</source>
            <translation>Wprowadzone przez pracownika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel given out from stock</source>
            <translation>Paczka wydana z magazynu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported history</source>
            <translation>Zaimportowana historia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter stay</source>
            <translation>Pobyt w noclegowni</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Nie</translation>
        </message>
    </context>
    <context>
        <name>schema</name>
        <message>
            <location filename="../../desktop/schema.py" line="+100" />
            <source>Updating the database failed, so it was put back exactly as it was.</source>
            <translation>Aktualizacja bazy danych nie powiodła się, więc przywrócono ją dokładnie do poprzedniego stanu.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was lost. Send the log file to your support contact. ({reason})</source>
            <translation>Nic nie zostało utracone. Wyślij plik dziennika osobie, która zapewnia wsparcie techniczne. ({reason})</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This file is not a CentreDesk database.</source>
            <translation>Ten plik nie jest bazą danych CentreDesk.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose another file, or a new file name to start an empty database.</source>
            <translation>Wybierz inny plik albo podaj nową nazwę pliku, aby utworzyć pustą bazę danych.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This database was made by a newer version of CentreDesk.</source>
            <translation>Ta baza danych została utworzona w nowszej wersji CentreDesk.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Install the newest version of CentreDesk to open it. The file was not changed.</source>
            <translation>Zainstaluj najnowszą wersję CentreDesk, aby ją otworzyć. Plik nie został zmieniony.</translation>
        </message>
    </context>
    <context>
        <name>service_types</name>
        <message>
            <location filename="../../desktop/services/service_records.py" line="+25" />
            <source>Food parcel</source>
            <translation>Paczka żywnościowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Odzież</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter night</source>
            <translation>Nocleg w noclegowni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counselling</source>
            <translation>Poradnictwo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information / education</source>
            <translation>Informacja / edukacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral made</source>
            <translation>Wystawione skierowanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Financial aid</source>
            <translation>Pomoc finansowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <location line="+55" />
            <source>Choose the person or household who received the service.</source>
            <translation>Wybierz osobę lub gospodarstwo domowe, które otrzymało świadczenie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown service type {code}.</source>
            <translation>Nieznany rodzaj świadczenia {code}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantity must be more than zero.</source>
            <translation>Ilość musi być większa od zera.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The weight cannot be negative.</source>
            <translation>Waga nie może być ujemna.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That person no longer exists.</source>
            <translation>Ta osoba już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household no longer exists.</source>
            <translation>To gospodarstwo domowe już nie istnieje.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../desktop/services/settings.py" line="+75" />
            <source>Enter the centre's name.</source>
            <translation>Wpisz nazwę ośrodka.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The screen lock time must be between 1 and 240 minutes.</source>
            <translation>Czas blokady ekranu musi wynosić od 1 do 240 minut.</translation>
        </message>
    </context>
    <context>
        <name>setup</name>
        <message>
            <location filename="../../desktop/services/setup.py" line="+35" />
            <source>Enter the centre's name.</source>
            <translation>Wpisz nazwę ośrodka.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown country profile {code}: choose one of {choices}.</source>
            <translation>Nieznany profil kraju {code}: wybierz jeden z: {choices}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown language {code}: choose one of {choices}.</source>
            <translation>Nieznany język {code}: wybierz jeden z: {choices}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>This database is already set up for a centre.</source>
            <translation>Ta baza danych jest już skonfigurowana dla ośrodka.</translation>
        </message>
    </context>
    <context>
        <name>stock</name>
        <message>
            <location filename="../../desktop/services/stock/common.py" line="+20" />
            <source>Food</source>
            <translation>Żywność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Odzież</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hygiene</source>
            <translation>Higiena</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter supplies</source>
            <translation>Zaopatrzenie noclegowni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warehouse</source>
            <translation>Magazyn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pantry shelf</source>
            <translation>Półka wydawalni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter store</source>
            <translation>Magazyn noclegowni</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Individual</source>
            <translation>Osoba prywatna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Government programme</source>
            <translation>Program rządowy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food bank</source>
            <translation>Bank żywności</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received</source>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distributed</source>
            <translation>Wydano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transferred</source>
            <translation>Przesunięto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adjusted</source>
            <translation>Skorygowano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written off</source>
            <translation>Spisano</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="+70" />
            <location filename="../../desktop/services/stock/common.py" line="+1" />
            <source>Counted</source>
            <translation>Policzono</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/common.py" line="+4" />
            <source>Damaged</source>
            <translation>Uszkodzone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spoiled</source>
            <translation>Zepsute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Found</source>
            <translation>Znalezione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correction</source>
            <translation>Korekta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expired</source>
            <translation>Przeterminowane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock count</source>
            <translation>Inwentaryzacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reversal</source>
            <translation>Storno</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{value} is not a number.</source>
            <translation>{value} nie jest liczbą.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The quantity must be more than zero.</source>
            <translation>Ilość musi być większa od zera.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The quantity is too large.</source>
            <translation>Ilość jest za duża.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} {id} does not exist (any more).</source>
            <translation>Nie znaleziono: {what} {id} (mógł zostać usunięty).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/exports.py" line="+31" />
            <source>All locations</source>
            <translation>Wszystkie lokalizacje</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="+57" />
            <location line="+37" />
            <location filename="../../desktop/services/stock/adjustments.py" line="+55" />
            <location line="+39" />
            <location line="+1" />
            <location filename="../../desktop/services/stock/catalogue.py" line="+256" />
            <location line="+13" />
            <location filename="../../desktop/services/stock/counts.py" line="+91" />
            <location line="+24" />
            <location filename="../../desktop/services/stock/distributions.py" line="+194" />
            <location filename="../../desktop/services/stock/exports.py" line="+2" />
            <location filename="../../desktop/services/stock/receipts.py" line="+75" />
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+32" />
            <location line="+29" />
            <location line="+24" />
            <location line="+12" />
            <location filename="../../desktop/services/stock/adjustments.py" line="+90" />
            <location filename="../../desktop/services/stock/catalogue.py" line="-126" />
            <location line="+32" />
            <location filename="../../desktop/services/stock/distributions.py" line="-99" />
            <location line="+104" />
            <location line="+65" />
            <location filename="../../desktop/services/stock/receipts.py" line="+15" />
            <location filename="../../desktop/services/stock/templates.py" line="+75" />
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/distributions.py" line="-162" />
            <source>{item}: lot {lot} expired on {date} and cannot be given out.</source>
            <translation>{item}: termin ważności partii {lot} upłynął {date}, nie można jej wydać.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{item}: {wanted} {unit} needed, only {available} {unit} can be given.</source>
            <translation>{item}: potrzeba {wanted} {unit}, można wydać tylko {available} {unit}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>({expired} {unit} on the shelf have expired.)</source>
            <translation>({expired} {unit} na półce jest przeterminowanych).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not enough stock for this parcel:</source>
            <translation>Za mały stan magazynowy dla tej paczki:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the quantities or pick other items. Nothing was saved.</source>
            <translation>Zmień ilości lub wybierz inne artykuły. Nic nie zostało zapisane.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Choose the household (or person) receiving the parcel.</source>
            <translation>Wybierz gospodarstwo domowe (lub osobę), które otrzymuje paczkę.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Gospodarstwo domowe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The parcel date cannot be in the future.</source>
            <translation>Data paczki nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="-88" />
            <location filename="../../desktop/services/stock/distributions.py" line="+3" />
            <location filename="../../desktop/services/stock/receipts.py" line="-13" />
            <source>That location is no longer in use.</source>
            <translation>Ta lokalizacja nie jest już używana.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/distributions.py" line="+2" />
            <source>Add at least one item to the parcel.</source>
            <translation>Dodaj do paczki co najmniej jeden artykuł.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Parcel {id}</source>
            <translation>Paczka {id}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{units} food unit(s) without weight</source>
            <translation>jedn. żywności bez wagi: {units}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/receipts.py" line="-3" />
            <source>The receipt date cannot be in the future.</source>
            <translation>Data przyjęcia nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/catalogue.py" line="+153" />
            <location line="+12" />
            <location filename="../../desktop/services/stock/receipts.py" line="+4" />
            <source>Donor</source>
            <translation>Darczyńca</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="+2" />
            <location filename="../../desktop/services/stock/receipts.py" line="+5" />
            <source>Add at least one line.</source>
            <translation>Dodaj co najmniej jedną pozycję.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/receipts.py" line="-4" />
            <source>That donor is no longer active.</source>
            <translation>Ten darczyńca nie jest już aktywny.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the donor active again in the catalogue, or choose another.</source>
            <translation>Przywróć darczyńcę jako aktywnego w katalogu albo wybierz innego.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Line {n}: the value cannot be negative.</source>
            <translation>Pozycja {n}: wartość nie może być ujemna.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line {n}: {item} is perishable: enter its expiry or best-before date.</source>
            <translation>Pozycja {n}: {item} jest łatwo psującym się artykułem: wpisz termin ważności lub datę minimalnej trwałości.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line {n}: {item} has already expired ({date}): do not take it into stock.</source>
            <translation>Pozycja {n}: termin ważności artykułu {item} już upłynął ({date}): nie przyjmuj go na stan.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/ledger.py" line="+61" />
            <source>{item} was counted on {date}: no movement may be dated before that.</source>
            <translation>{item}: inwentaryzacja z dnia {date}; żaden ruch nie może mieć wcześniejszej daty.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use the count date or a later date.</source>
            <translation>Użyj daty inwentaryzacji lub późniejszej.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A movement needs a quantity other than zero.</source>
            <translation>Ruch magazynowy wymaga ilości różnej od zera.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That lot does not belong to the item.</source>
            <translation>Ta partia nie należy do tego artykułu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not enough {item} in stock: {available} on hand, {wanted} needed.</source>
            <translation>Za mały stan artykułu {item}: na stanie {available}, potrzeba {wanted}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/counts.py" line="-25" />
            <source>The count date cannot be in the future.</source>
            <translation>Data inwentaryzacji nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{location} already has a count in progress (count {id}).</source>
            <translation>{location}: inwentaryzacja jest już w toku (inwentaryzacja {id}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/catalogue.py" line="-97" />
            <location filename="../../desktop/services/stock/counts.py" line="+1" />
            <source>Finish or cancel that count first.</source>
            <translation>Najpierw zakończ lub anuluj tamtą inwentaryzację.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/counts.py" line="+18" />
            <location line="+16" />
            <source>Count</source>
            <translation>Inwentaryzacja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This count is already closed.</source>
            <translation>Ta inwentaryzacja jest już zamknięta.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>That line is not on this count sheet.</source>
            <translation>Tej pozycji nie ma w tym arkuszu spisowym.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A counted quantity cannot be negative.</source>
            <translation>Policzona ilość nie może być ujemna.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n line(s) have no counted quantity yet.</source>
            <translation>
                <numerusform>%n pozycja nie ma jeszcze policzonej ilości.</numerusform>
                <numerusform>%n pozycje nie mają jeszcze policzonej ilości.</numerusform>
                <numerusform>%n pozycji nie ma jeszcze policzonej ilości.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter 0 where nothing was found on the shelf.</source>
            <translation>Wpisz 0, jeśli na półce nic nie znaleziono.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>found at count {id}</source>
            <translation>znalezione podczas inwentaryzacji {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="-62" />
            <source>The date cannot be in the future.</source>
            <translation>Data nie może być datą przyszłą.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose why the stock is adjusted.</source>
            <translation>Wybierz powód korekty stanu magazynowego.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Damaged or spoiled stock can only be taken out.</source>
            <translation>Uszkodzone lub zepsute artykuły można tylko zdjąć ze stanu.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Choose two different locations.</source>
            <translation>Wybierz dwie różne lokalizacje.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="-37" />
            <location line="+36" />
            <location filename="../../desktop/services/stock/adjustments.py" line="+40" />
            <source>Movement</source>
            <translation>Ruch magazynowy</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="+5" />
            <source>Say why the movement is reversed.</source>
            <translation>Podaj powód stornowania ruchu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This movement is itself a reversal: enter the stock again instead.</source>
            <translation>Ten ruch sam jest stornem: zamiast tego przyjmij artykuły ponownie na stan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This movement was already reversed (movement {id}).</source>
            <translation>Ten ruch został już wystornowany (ruch {id}).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="-96" />
            <location line="+61" />
            <location line="+37" />
            <location filename="../../desktop/services/stock/adjustments.py" line="+41" />
            <source>Lot</source>
            <translation>Partia</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/policy.py" line="+43" />
            <source>{category}: last given {date} (limit one per {days} days)</source>
            <translation>{category}: ostatnio wydano {date} (limit: jedna na {days} dni)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This would be a second parcel within the visit limit ({details}).</source>
            <translation>Byłaby to druga paczka w okresie limitu wizyt ({details}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason to override the limit; it is recorded.</source>
            <translation>Podaj powód przekroczenia limitu; zostanie zapisany.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A visit limit must be between 0 and 366 days.</source>
            <translation>Limit wizyt musi wynosić od 0 do 366 dni.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/catalogue.py" line="-141" />
            <source>Enter the item's name.</source>
            <translation>Wpisz nazwę artykułu.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+99" />
            <location filename="../../desktop/services/stock/item_import.py" line="+62" />
            <location filename="../../desktop/services/stock/templates.py" line="-16" />
            <source>The name is too long (120 characters at most).</source>
            <translation>Nazwa jest za długa (najwyżej 120 znaków).</translation>
        </message>
        <message>
            <location line="-96" />
            <location filename="../../desktop/services/stock/item_import.py" line="+2" />
            <source>An item called {name} already exists.</source>
            <translation>Artykuł o nazwie {name} już istnieje.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The weight cannot be negative.</source>
            <translation>Waga nie może być ujemna.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reorder level cannot be negative.</source>
            <translation>Stan minimalny nie może być ujemny.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../desktop/services/stock/item_import.py" line="+29" />
            <source>The barcode {code} already belongs to another item.</source>
            <translation>Kod kreskowy {code} jest już przypisany do innego artykułu.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Enter the location's name.</source>
            <translation>Wpisz nazwę lokalizacji.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A location called {name} already exists.</source>
            <translation>Lokalizacja o nazwie {name} już istnieje.</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n more item(s)</source>
            <translation>
                <numerusform>jeszcze %n artykuł</numerusform>
                <numerusform>jeszcze %n artykuły</numerusform>
                <numerusform>jeszcze %n artykułów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{location} still holds %n item(s): {stock}.</source>
            <translation>
                <numerusform>{location}: na stanie jest nadal %n artykuł: {stock}.</numerusform>
                <numerusform>{location}: na stanie są nadal %n artykuły: {stock}.</numerusform>
                <numerusform>{location}: na stanie jest nadal %n artykułów: {stock}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transfer the stock to another location first, then make this one inactive.</source>
            <translation>Najpierw przenieś stan magazynowy do innej lokalizacji, a potem oznacz tę jako nieaktywną.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{location} has a count in progress (count {id}).</source>
            <translation>{location}: trwa inwentaryzacja (inwentaryzacja {id}).</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Enter the donor's name.</source>
            <translation>Wpisz nazwę darczyńcy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is too long (160 characters at most).</source>
            <translation>Nazwa jest za długa (najwyżej 160 znaków).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The e-mail address is not valid.</source>
            <translation>Adres e-mail jest nieprawidłowy.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/templates.py" line="-2" />
            <source>Enter the template's name.</source>
            <translation>Wpisz nazwę szablonu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose another name, or edit that template instead.</source>
            <translation>Wybierz inną nazwę albo zamiast tego edytuj istniejący szablon.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The household size must be between 1 and {most}.</source>
            <translation>Liczba osób w gospodarstwie domowym musi wynosić od 1 do {most}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A template needs at least one line.</source>
            <translation>Szablon musi mieć co najmniej jedną pozycję.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the items a parcel of this kind holds.</source>
            <translation>Dodaj artykuły, które zawiera paczka tego rodzaju.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line {n} ({item}): the quantity must be more than zero.</source>
            <translation>Pozycja {n} ({item}): ilość musi być większa od zera.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line {n} ({item}): the quantity is too large.</source>
            <translation>Pozycja {n} ({item}): ilość jest za duża.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line {n}: {item} is no longer in use.</source>
            <translation>Pozycja {n}: artykuł {item} nie jest już używany.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the line or choose another item.</source>
            <translation>Usuń pozycję lub wybierz inny artykuł.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Line {n}: {item} is already on line {first}.</source>
            <translation>Pozycja {n}: artykuł {item} jest już w pozycji {first}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the whole quantity on one line.</source>
            <translation>Wpisz całą ilość w jednej pozycji.</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+16" />
            <location line="+42" />
            <source>Parcel template</source>
            <translation>Szablon paczki</translation>
        </message>
        <message>
            <location line="-112" />
            <source>A template called {name} already exists.</source>
            <translation>Szablon o nazwie {name} już istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/item_import.py" line="-33" />
            <source>The name is empty.</source>
            <translation>Nazwa jest pusta.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown category {value}: use food, clothing, hygiene, shelter_supplies or other.</source>
            <translation>Nieznana kategoria {value}: użyj food, clothing, hygiene, shelter_supplies lub other.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter the weight of one unit in kg, e.g. 0.5.</source>
            <translation>Wpisz wagę jednej jednostki w kg, np. 0,5.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reorder level must be a number, 0 or more.</source>
            <translation>Stan minimalny musi być liczbą równą 0 lub większą.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write yes or no.</source>
            <translation>Wpisz tak lub nie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The barcode is too long.</source>
            <translation>Kod kreskowy jest za długi.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The same name is on line {first}.</source>
            <translation>Ta sama nazwa jest w wierszu {first}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The barcode {code} is also on line {first}.</source>
            <translation>Kod kreskowy {code} jest także w wierszu {first}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Importing items</source>
            <translation>Import artykułów</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/tiles.py" line="+23" />
            <source>expired {date}</source>
            <translation>termin ważności upłynął {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expires {date}</source>
            <translation>ważne do {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stock expiring within {days} days</source>
            <translation>Artykuły z terminem ważności upływającym w ciągu {days} dni</translation>
        </message>
        <message>
            <location line="+8" />
            <source>reorder level {level}</source>
            <translation>stan minimalny {level}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Items below reorder level</source>
            <translation>Artykuły poniżej stanu minimalnego</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="-107" />
            <source>Count sheet</source>
            <translation>Arkusz spisowy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Count {id} · count date {date}</source>
            <translation>Inwentaryzacja {id} · data inwentaryzacji {date}</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+32" />
            <location line="+11" />
            <location line="+42" />
            <location line="+12" />
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <location line="-96" />
            <source>Expiry</source>
            <translation>Termin ważności</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+31" />
            <location line="+53" />
            <source>Unit</source>
            <translation>Jednostka</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Expected</source>
            <translation>Oczekiwano</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Counted by: ____________________    Checked by: ____________________    Date: __________</source>
            <translation>Policzył(a): ____________________    Sprawdził(a): ____________________    Data: __________</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Stock list</source>
            <translation>Lista stanów magazynowych</translation>
        </message>
        <message>
            <location line="+4" />
            <source>On hand on {date}</source>
            <translation>Stan na dzień {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+51" />
            <location line="+2" />
            <source>On hand</source>
            <translation>Na stanie</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+11" />
            <location line="+18" />
            <location line="+24" />
            <location line="+13" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location line="-65" />
            <location line="+10" />
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+54" />
            <source>Reorder level</source>
            <translation>Stan minimalny</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+54" />
            <source>Next expiry</source>
            <translation>Najbliższy termin ważności</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Totals by category</source>
            <translation>Sumy według kategorii</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items in stock</source>
            <translation>Artykuły na stanie</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stock ledger</source>
            <translation>Rejestr ruchów magazynowych</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>{start} to {end}, %n movement(s)</source>
            <translation>
                <numerusform>{start} – {end}, %n ruch</numerusform>
                <numerusform>{start} – {end}, %n ruchy</numerusform>
                <numerusform>{start} – {end}, %n ruchów</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+36" />
            <source>No.</source>
            <translation>Lp.</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+36" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+36" />
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location line="-35" />
            <location line="+36" />
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+36" />
            <source>User</source>
            <translation>Użytkownik</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Value ({currency})</source>
            <translation>Wartość ({currency})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Below reorder level</source>
            <translation>Poniżej stanu minimalnego</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ledger</source>
            <translation>Rejestr ruchów</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location line="+11" />
            <source>About</source>
            <translation>Informacje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Centre</source>
            <translation>Ośrodek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Nie można zapisać {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <location filename="../../desktop/services/training.py" line="+54" />
            <source>Preparing the training database</source>
            <translation>Przygotowywanie bazy szkoleniowej</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Training centre</source>
            <translation>Ośrodek szkoleniowy</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Training administrator</source>
            <translation>Administrator szkoleniowy</translation>
        </message>
    </context>
    <context>
        <name>users</name>
        <message>
            <location filename="../../desktop/services/users.py" line="+74" />
            <source>A login name has 2 to 64 characters: letters without accents, digits, dot, dash or underscore.</source>
            <translation>Login ma od 2 do 64 znaków: litery bez polskich znaków, cyfry, kropka, myślnik lub podkreślenie.</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The password must have at least %n characters.</source>
            <translation>
                <numerusform>Hasło musi mieć co najmniej %n znak.</numerusform>
                <numerusform>Hasło musi mieć co najmniej %n znaki.</numerusform>
                <numerusform>Hasło musi mieć co najmniej %n znaków.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password must not be the login name.</source>
            <translation>Hasło nie może być takie samo jak login.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no user called {name}.</source>
            <translation>Nie ma użytkownika o nazwie {name}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Wrong login name or password.</source>
            <translation>Nieprawidłowy login lub hasło.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check Caps Lock and the keyboard language, then try again.</source>
            <translation>Sprawdź Caps Lock i język klawiatury, a potem spróbuj ponownie.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This account is disabled.</source>
            <translation>To konto jest wyłączone.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ask the administrator.</source>
            <translation>Zwróć się do administratora.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too many wrong passwords: this account is locked.</source>
            <translation>Zbyt wiele błędnych haseł: to konto jest zablokowane.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Try again in %n minute(s), or ask the administrator to reset the password.</source>
            <translation>
                <numerusform>Spróbuj ponownie za %n minutę albo poproś administratora o zresetowanie hasła.</numerusform>
                <numerusform>Spróbuj ponownie za %n minuty albo poproś administratora o zresetowanie hasła.</numerusform>
                <numerusform>Spróbuj ponownie za %n minut albo poproś administratora o zresetowanie hasła.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>The login name {name} is already taken.</source>
            <translation>Login {name} jest już zajęty.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown language.</source>
            <translation>Nieznany język.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This database already has users: sign in instead.</source>
            <translation>Ta baza danych ma już użytkowników: zaloguj się.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>This is the last active administrator: create another one first.</source>
            <translation>To ostatni aktywny administrator: najpierw utwórz kolejnego.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You cannot disable your own account.</source>
            <translation>Nie możesz wyłączyć własnego konta.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Your account no longer exists.</source>
            <translation>Twoje konto już nie istnieje.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The current password is wrong.</source>
            <translation>Obecne hasło jest nieprawidłowe.</translation>
        </message>
    </context>
</TS>