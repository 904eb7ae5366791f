<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../desktop/views/stock/adjust_dialog.py" line="+33" />
            <source>Adjust stock</source>
            <translation>Sesuaikan stok</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Item</source>
            <translation>&amp;Barang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lot and location</source>
            <translation>Batch dan &amp;lokasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change (+ in, − out)</source>
            <translation>&amp;Perubahan (+ masuk, − keluar)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Reason</source>
            <translation>&amp;Alasan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>N&amp;ote</source>
            <translation>&amp;Catatan</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This item has no stock to adjust.</source>
            <translation>Barang ini tidak memiliki stok untuk disesuaikan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock that was found goes on the next count sheet.</source>
            <translation>Stok yang ditemukan masuk ke lembar stok opname berikutnya.</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="+219" />
            <source>First administrator</source>
            <translation>Administrator pertama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This account manages users, settings and backups. Keep its password safe.</source>
            <translation>Akun ini mengelola pengguna, pengaturan, dan cadangan. Simpan kata sandinya dengan aman.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Login name:</source>
            <translation>&amp;Nama login:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Full name:</source>
            <translation>Nama &amp;lengkap:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Ulangi kata sandi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login name</source>
            <translation>Nama login</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat password</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>At least 8 characters. A short sentence is easy to remember and hard to guess.</source>
            <translation>Minimal 8 karakter. Kalimat pendek mudah diingat dan sulit ditebak.</translation>
        </message>
    </context>
    <context>
        <name>AdministrationPage</name>
        <message>
            <location filename="../../desktop/views/admin/page.py" line="+32" />
            <source>Administration</source>
            <translation>Administrasi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Users</source>
            <translation>&amp;Pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit &amp;log</source>
            <translation>Log &amp;audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Centre settings</source>
            <translation>Pengaturan pusat &amp;layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backup</source>
            <translation>&amp;Cadangan</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/shift_dialogs.py" line="+43" />
            <source>People on the shift</source>
            <translation>Orang dalam sif</translation>
        </message>
        <message>
            <location line="+6" />
            <source>People on this shift</source>
            <translation>Orang dalam sif ini</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take off the shift</source>
            <translation>Keluarkan dari sif</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Person to add</source>
            <translation>Orang yang akan ditambahkan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add person:</source>
            <translation>&amp;Tambah orang:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clashes</source>
            <translation>Bentrokan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks:</source>
            <translation>Pemeriksaan:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason to assign anyway</source>
            <translation>Alasan tetap menugaskan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed only to assign despite a clash</source>
            <translation>Hanya diperlukan untuk menugaskan meskipun ada bentrokan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;ssign</source>
            <translation>T&amp;ugaskan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{filled} of {needed} people</source>
            <translation>{filled} dari {needed} orang</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Choose a person to see what would clash.</source>
            <translation>Pilih orang untuk melihat bentrokan yang akan terjadi.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No clashes.</source>
            <translation>Tidak ada bentrokan.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Assigned despite the clashes; your reason was recorded.</source>
            <translation>Ditugaskan meskipun ada bentrokan; alasan Anda telah dicatat.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only someone who has not started the shift can be taken off it.</source>
            <translation>Hanya orang yang belum memulai sif yang dapat dikeluarkan dari sif.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../desktop/views/admin/audit_page.py" line="+40" />
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;To:</source>
            <translation>&amp;Sampai:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From date</source>
            <translation>Tanggal mulai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To date</source>
            <translation>Tanggal akhir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>login name</source>
            <translation>nama login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record type</source>
            <translation>Jenis data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>words in the details or a record number</source>
            <translation>kata dalam rincian atau nomor data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search text</source>
            <translation>Teks pencarian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Search</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Hapus filter</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;User:</source>
            <translation>&amp;Pengguna:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Action:</source>
            <translation>&amp;Tindakan:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Record type:</source>
            <translation>&amp;Jenis data:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Te&amp;xt:</source>
            <translation>Te&amp;ks:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Audit events</source>
            <translation>Peristiwa audit</translation>
        </message>
        <message>
            <location line="+21" />
            <source>(any)</source>
            <translation>(semua)</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>Showing the newest %n event(s): narrow the filters to see older ones.</source>
            <translation>
                <numerusform>Menampilkan %n peristiwa terbaru: persempit filter untuk melihat yang lebih lama.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n peristiwa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../desktop/views/admin/audit_model.py" line="+15" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record type</source>
            <translation>Jenis data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityEditor</name>
        <message>
            <location filename="../../desktop/views/rosters/availability_editor.py" line="+40" />
            <source>When the person can usually work. Add several windows for a day if needed (morning and evening); an end at or before the start runs past midnight. No windows at all means availability is not known.</source>
            <translation>Waktu orang ini biasanya dapat bertugas. Tambahkan beberapa rentang waktu dalam satu hari jika perlu (pagi dan sore); jam selesai yang sama dengan atau lebih awal dari jam mulai berarti melewati tengah malam. Jika tidak ada rentang waktu sama sekali, ketersediaan dianggap belum diketahui.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No windows: availability not known.</source>
            <translation>Tidak ada rentang waktu: ketersediaan belum diketahui.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Until</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add a window</source>
            <translation>&amp;Tambah rentang waktu</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day of the week</source>
            <translation>Hari dalam seminggu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Available from</source>
            <translation>Tersedia mulai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Available until</source>
            <translation>Tersedia sampai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this window</source>
            <translation>Hapus rentang waktu ini</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../desktop/views/admin/backup_page.py" line="+83" />
            <source>A backup is a checked copy of the whole database, made while everyone keeps working. Keep copies on a USB drive or another computer too: a broken disk takes the backups folder with it.</source>
            <translation>Cadangan adalah salinan seluruh basis data yang sudah diperiksa, dibuat sementara semua orang tetap bekerja. Simpan juga salinannya di flashdisk USB atau komputer lain: jika disk rusak, folder cadangan ikut hilang.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Backup folder</source>
            <translation>Folder cadangan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse for the backup folder</source>
            <translation>Telusuri folder cadangan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back up &amp;now</source>
            <translation>Cadangkan &amp;sekarang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This is a server database: back it up with the server's own tools (pg_dump).</source>
            <translation>Ini basis data server: cadangkan dengan alat bawaan server (pg_dump).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the folder for the backup</source>
            <translation>Pilih folder untuk cadangan</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a folder for the backup first.</source>
            <translation>Pilih folder untuk cadangan terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Last backup: {path}</source>
            <translation>Cadangan terakhir: {path}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <location filename="../../desktop/views/stock/catalogue_dialog.py" line="+160" />
            <source>Catalogue and places</source>
            <translation>Katalog dan lokasi</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;New item…</source>
            <translation>&amp;Barang baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit item…</source>
            <translation>&amp;Ubah barang…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name of the new location</source>
            <translation>Nama lokasi baru</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+7" />
            <source>Locations</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+15" />
            <location line="+80" />
            <source>Make &amp;inactive</source>
            <translation>&amp;Nonaktifkan</translation>
        </message>
        <message>
            <location line="-93" />
            <source>&amp;Add location</source>
            <translation>&amp;Tambah lokasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit location…</source>
            <translation>&amp;Ubah lokasi…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Donor or source</source>
            <translation>Donatur atau sumber</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+8" />
            <source>Donors</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Add &amp;donor</source>
            <translation>Tambah &amp;donatur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit donor…</source>
            <translation>&amp;Ubah donatur…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Parcel templates</source>
            <translation>Templat paket</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit limits</source>
            <translation>Batas kunjungan</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+18" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no limit</source>
            <translation>tanpa batas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Save visit limits</source>
            <translation>&amp;Simpan batas kunjungan</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Make a&amp;ctive</source>
            <translation>&amp;Aktifkan</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Visit limits saved.</source>
            <translation>Batas kunjungan telah disimpan.</translation>
        </message>
    </context>
    <context>
        <name>CentrePage</name>
        <message>
            <location filename="../../desktop/views/admin/centre_page.py" line="+36" />
            <location filename="../../desktop/views/setup/pages.py" line="-49" />
            <source>Centre name</source>
            <translation>Nama pusat layanan</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/setup/pages.py" line="+1" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+6" />
            <source> min</source>
            <translation> menit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock the screen after this many idle minutes</source>
            <translation>Kunci layar setelah sekian menit tidak digunakan</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/setup/pages.py" line="-3" />
            <source>Centre &amp;name:</source>
            <translation>&amp;Nama pusat layanan:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/setup/pages.py" line="+1" />
            <source>&amp;Address:</source>
            <translation>&amp;Alamat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lock the screen after:</source>
            <translation>&amp;Kunci layar setelah:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona waktu:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country profile: {profile}. Currency: {currency}. These were chosen at set-up.</source>
            <translation>Profil negara: {profile}. Mata uang: {currency}. Keduanya dipilih saat penyiapan awal.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save centre settings</source>
            <translation>Simpan pengaturan pusat layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The centre settings were saved.</source>
            <translation>Pengaturan pusat layanan telah disimpan.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="-3" />
            <source>Your centre</source>
            <translation>Pusat layanan Anda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name appears on every screen, report and letter. You can change both later.</source>
            <translation>Nama ini muncul di setiap layar, laporan, dan surat. Anda dapat mengubah keduanya nanti.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the centre's name.</source>
            <translation>Masukkan nama pusat layanan.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../desktop/views/login.py" line="+136" />
            <source>Choose your password</source>
            <translation>Pilih kata sandi Anda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your password was set by the administrator. Choose your own before you carry on.</source>
            <translation>Kata sandi Anda ditetapkan oleh administrator. Pilih kata sandi Anda sendiri sebelum melanjutkan.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Current password:</source>
            <translation>Kata sandi saat &amp;ini:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Current password</source>
            <translation>Kata sandi saat ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat it:</source>
            <translation>&amp;Ulangi:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat the new password</source>
            <translation>Ulangi kata sandi baru</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two new passwords are not the same.</source>
            <translation>Kedua kata sandi baru tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>ClientFileWindow</name>
        <message>
            <location filename="../../desktop/views/clients/client_file.py" line="+33" />
            <source>Client file: {title}</source>
            <translation>Berkas klien: {title}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client file sections</source>
            <translation>Bagian berkas klien</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <location filename="../../desktop/views/clients/list_models.py" line="+25" />
            <source>Reference</source>
            <translation>Kode referensi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head of household</source>
            <translation>Kepala keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last visit</source>
            <translation>Kunjungan terakhir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>Terdaftar</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <location filename="../../desktop/views/clients/page.py" line="+59" />
            <source>Search name, identifier, phone, reference or address (Ctrl+F)</source>
            <translation>Cari nama, nomor identitas, telepon, kode referensi, atau alamat (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search clients</source>
            <translation>Cari klien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Include &amp;archived</source>
            <translation>Sertakan yang &amp;diarsipkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New intake…</source>
            <translation>Pendaftaran &amp;baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register a new household (Ctrl+N)</source>
            <translation>Daftarkan rumah tangga baru (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Impor…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A&amp;gencies…</source>
            <translation>&amp;Lembaga…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The directory of outside agencies that clients are referred to</source>
            <translation>Direktori lembaga luar tempat klien dirujuk</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Com&amp;plaints…</source>
            <translation>&amp;Pengaduan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints taken at the desk and how they were resolved</source>
            <translation>Pengaduan yang diterima di meja layanan dan cara penyelesaiannya</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Archived</source>
            <translation>Diarsipkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Need</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any need</source>
            <translation>Semua kebutuhan</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Last visit</source>
            <translation>Kunjungan terakhir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any last visit</source>
            <translation>Semua kunjungan terakhir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Visited in the last 30 days</source>
            <translation>Berkunjung dalam 30 hari terakhir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No visit for 30 days</source>
            <translation>Tidak berkunjung selama 30 hari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No visit for 90 days</source>
            <translation>Tidak berkunjung selama 90 hari</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>N&amp;eed:</source>
            <translation>K&amp;ebutuhan:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last visit:</source>
            <translation>&amp;Kunjungan terakhir:</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Clients</source>
            <translation>Klien</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n hasil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n household(s)</source>
            <translation>
                <numerusform>%n rumah tangga</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/desk.py" line="+97" />
            <source>Correct attendance</source>
            <translation>Koreksi kehadiran</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signed out</source>
            <translation>Sudah absen keluar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did not come (no-show)</source>
            <translation>Tidak datang (tidak hadir)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason for the correction</source>
            <translation>Alasan koreksi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed &amp;in:</source>
            <translation>Absen &amp;masuk:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
    </context>
    <context>
        <name>CountDialog</name>
        <message>
            <location filename="../../desktop/views/stock/count_dialog.py" line="+130" />
            <source>Count lines</source>
            <translation>Baris stok opname</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Print count sheet…</source>
            <translation>&amp;Cetak lembar stok opname…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save counts</source>
            <translation>&amp;Simpan hasil hitung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;ost differences</source>
            <translation>&amp;Bukukan selisih</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Count {id}: {location}</source>
            <translation>Stok opname {id}: {location}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{location}, count date {date}. Type what is on the shelf; 0 where nothing is found.</source>
            <translation>{location}, tanggal stok opname {date}. Ketik jumlah yang ada di rak; 0 jika tidak ada barang.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Save the count sheet</source>
            <translation>Simpan lembar stok opname</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Post the differences as stock adjustments?</source>
            <translation>Bukukan selisih sebagai penyesuaian stok?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After posting, no movement may be dated before the count date.</source>
            <translation>Setelah dibukukan, tidak boleh ada pergerakan stok yang bertanggal sebelum tanggal stok opname.</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Count posted: %n difference(s) adjusted.</source>
            <translation>
                <numerusform>Stok opname dibukukan: %n selisih disesuaikan.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountLinesModel</name>
        <message>
            <location line="-168" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Seharusnya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference</source>
            <translation>Selisih</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../desktop/views/crash.py" line="+50" />
            <source>{app}: unexpected error</source>
            <translation>{app}: kesalahan tak terduga</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Something went wrong inside CentreDesk. What you were doing may not have been saved, but your open windows and forms are untouched: check them, then carry on or save your work.</source>
            <translation>Terjadi kesalahan di dalam CentreDesk. Pekerjaan yang sedang Anda lakukan mungkin belum tersimpan, tetapi jendela dan formulir yang terbuka tidak terpengaruh: periksa semuanya, lalu lanjutkan atau simpan pekerjaan Anda.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The details were written to the log file:
{path}</source>
            <translation>Rincian telah ditulis ke file log:
{path}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Error details</source>
            <translation>Rincian kesalahan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy details</source>
            <translation>&amp;Salin rincian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy details</source>
            <translation>Salin rincian</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desktop/views/dashboard/page.py" line="+75" />
            <source>Welcome, {name}</source>
            <translation>Selamat datang, {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{centre} — you are signed in as {role}.</source>
            <translation>{centre} — Anda masuk sebagai {role}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dashboard status</source>
            <translation>Status dasbor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the figures again (F5)</source>
            <translation>Muat ulang angka (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the dashboard</source>
            <translation>Muat ulang dasbor</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nothing needs your attention today.</source>
            <translation>Hari ini tidak ada yang perlu ditindaklanjuti.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loading the dashboard</source>
            <translation>Memuat dasbor</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The dashboard could not be loaded: {reason}</source>
            <translation>Dasbor tidak dapat dimuat: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The dashboard could not be loaded.</source>
            <translation>Dasbor tidak dapat dimuat.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Figures for {day}, updated at {time}.</source>
            <translation>Angka untuk {day}, diperbarui pukul {time}.</translation>
        </message>
    </context>
    <context>
        <name>DeskModel</name>
        <message>
            <location filename="../../desktop/views/rosters/desk.py" line="-40" />
            <source>nobody assigned</source>
            <translation>belum ada yang ditugaskan</translation>
        </message>
    </context>
    <context>
        <name>DeskPanel</name>
        <message>
            <location line="+74" />
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shifts on</source>
            <translation>Sif pada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign &amp;in</source>
            <translation>Absen &amp;masuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign &amp;out</source>
            <translation>Absen &amp;keluar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No-show</source>
            <translation>&amp;Tidak hadir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Correct…</source>
            <translation>K&amp;oreksi…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Today's shifts</source>
            <translation>Sif hari ini</translation>
        </message>
    </context>
    <context>
        <name>DonorDialog</name>
        <message>
            <location filename="../../desktop/views/stock/places_dialogs.py" line="+80" />
            <source>Edit donor or source</source>
            <translation>Ubah donatur atau sumber</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In use (offered when receiving stock)</source>
            <translation>Digunakan (ditawarkan saat penerimaan stok)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Kind</source>
            <translation>&amp;Jenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact person</source>
            <translation>Nara&amp;hubung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Phone</source>
            <translation>&amp;Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Address</source>
            <translation>&amp;Alamat</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../desktop/views/clients/duplicates_dialog.py" line="+22" />
            <location line="+5" />
            <source>Possible duplicates</source>
            <translation>Kemungkinan duplikat</translation>
        </message>
        <message>
            <location line="-3" />
            <source>These people may already be registered. Open a match to check, merge the new entry into it, or save anyway.</source>
            <translation>Orang-orang ini mungkin sudah terdaftar. Buka data yang cocok untuk memeriksa, gabungkan entri baru ke dalamnya, atau tetap simpan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{new} → {existing} {born} {address} ({reason})</source>
            <translation>{new} → {existing} {born} {address} ({reason})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Open match</source>
            <translation>&amp;Buka data yang cocok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge into match</source>
            <translation>&amp;Gabungkan ke data yang cocok</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save anyway</source>
            <translation>&amp;Tetap simpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back to the form</source>
            <translation>&amp;Kembali ke formulir</translation>
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <location filename="../../desktop/views/reports/models.py" line="+26" />
            <source>Section</source>
            <translation>Bagian</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Figure</source>
            <translation>Angka</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Values</source>
            <translation>Nilai</translation>
        </message>
    </context>
    <context>
        <name>GenerateDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="+159" />
            <source>Create shifts from the templates</source>
            <translation>Buat sif dari templat</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Leave out public holidays</source>
            <translation>Lewati hari libur nasional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>&amp;Sampai:</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n shifts created.</source>
            <translation>
                <numerusform>%n sif dibuat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already existed and were left as they were.</source>
            <translation>
                <numerusform>%n sif sudah ada dan dibiarkan apa adanya.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Public holidays left out: {days}</source>
            <translation>Hari libur nasional yang dilewati: {days}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check these public holidays: {days}</source>
            <translation>Periksa hari libur nasional ini: {days}</translation>
        </message>
    </context>
    <context>
        <name>HoursModel</name>
        <message>
            <location filename="../../desktop/views/rosters/hours_panel.py" line="+45" />
            <source>Post</source>
            <translation>Pos</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Shifts</source>
            <translation>Sif</translation>
        </message>
        <message>
            <location line="-1" />
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Hours</source>
            <translation>Jam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No-shows</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <location line="+50" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Volunteers only</source>
            <translation>Hanya relawan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show</source>
            <translation>&amp;Tampilkan</translation>
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
            <translation>Jam per orang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours by post</source>
            <translation>Jam per pos</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{people} people worked {hours} hours on completed shifts.</source>
            <translation>{people} orang bekerja {hours} jam pada sif yang sudah selesai.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel files (*.xlsx)</source>
            <translation>File Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the hours report</source>
            <translation>Simpan laporan jam kerja</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saving the hours report</source>
            <translation>Menyimpan laporan jam kerja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved to {path}</source>
            <translation>Disimpan ke {path}</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <location filename="../../desktop/views/clients/edit_dialogs.py" line="+89" />
            <source>Edit household</source>
            <translation>Ubah rumah tangga</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reference</source>
            <translation>Kode referensi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Rural area</source>
            <translation>Daerah perdesaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Housing situation</source>
            <translation>Kondisi tempat tinggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Pendapatan bulanan</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/views/clients/import_dialog.py" line="+89" />
            <source>Import {kind}</source>
            <translation>Impor {kind}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>File to import</source>
            <translation>File yang akan diimpor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A .csv (UTF-8) or .xlsx file with a header row</source>
            <translation>File .csv (UTF-8) atau .xlsx dengan baris judul kolom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Pilih file…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;heck</source>
            <translation>P&amp;eriksa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download &amp;template…</source>
            <translation>Unduh &amp;templat…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a file, then Check: nothing is imported before you confirm.</source>
            <translation>Pilih file, lalu Periksa: tidak ada yang diimpor sebelum Anda mengonfirmasi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Problems found</source>
            <translation>Masalah yang ditemukan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import</source>
            <translation>&amp;Impor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import &amp;valid rows</source>
            <translation>Impor baris yang &amp;valid</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the file to import</source>
            <translation>Pilih file yang akan diimpor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Spreadsheet (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the template</source>
            <translation>Simpan templat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Checking the file</source>
            <translation>Memeriksa file</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importing</source>
            <translation>Mengimpor</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Unknown columns (ignored): {columns}</source>
            <translation>Kolom tidak dikenal (diabaikan): {columns}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>%n baris diimpor.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) read</source>
            <translation>
                <numerusform>%n baris dibaca</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n valid</source>
            <translation>
                <numerusform>%n valid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n bermasalah</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportIssuesModel</name>
        <message>
            <location line="-150" />
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <location filename="../../desktop/views/clients/intake_dialog.py" line="+53" />
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Unknown</source>
            <translation>Tidak diketahui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Write the birth date as YYYY-MM-DD, or only the year (YYYY).</source>
            <translation>Tulis tanggal lahir dengan format YYYY-MM-DD, atau tahunnya saja (YYYY).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the household lives and how to reach it.</source>
            <translation>Tempat tinggal rumah tangga dan cara menghubunginya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No household: one person served on their own (e.g. sleeping rough)</source>
            <translation>Tanpa rumah tangga: satu orang dilayani sendiri (mis. tunawisma yang tidur di jalan)</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+70" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="-69" />
            <source>Housing situation</source>
            <translation>Kondisi tempat tinggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Pendapatan bulanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered on</source>
            <translation>Terdaftar pada</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Write the income as a number, e.g. 1250.50.</source>
            <translation>Tulis pendapatan sebagai angka, mis. 1250.50.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter each person and press Enter to add them. The first is the head of household.</source>
            <translation>Isi data setiap orang, lalu tekan Enter untuk menambahkannya. Orang pertama adalah kepala keluarga.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>YYYY-MM-DD or YYYY</source>
            <translation>YYYY-MM-DD atau YYYY</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Nama depan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Nama keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Hubungan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier type</source>
            <translation>Jenis identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier number</source>
            <translation>Nomor identitas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Add member</source>
            <translation>&amp;Tambah anggota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove selected</source>
            <translation>&amp;Hapus yang dipilih</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Members added</source>
            <translation>Anggota yang ditambahkan</translation>
        </message>
        <message>
            <location line="+51" />
            <source>A person without a household is registered on their own: keep one member only.</source>
            <translation>Orang tanpa rumah tangga didaftarkan sendiri: sisakan satu anggota saja.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose exactly one head of household.</source>
            <translation>Pilih tepat satu kepala keluarga.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <source>Needs</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Tick what the household needs help with (Space ticks, arrows move).</source>
            <translation>Centang bantuan yang dibutuhkan rumah tangga (Spasi untuk mencentang, tombol panah untuk berpindah).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Consent</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What every member agreed to. Saving (Enter) registers the household.</source>
            <translation>Hal yang disetujui setiap anggota. Menyimpan (Enter) akan mendaftarkan rumah tangga.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Agreed to the processing of their personal data</source>
            <translation>Menyetujui pemrosesan data pribadinya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreed to photos</source>
            <translation>Menyetujui pengambilan foto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consent given on</source>
            <translation>Persetujuan diberikan pada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Given on</source>
            <translation>Diberikan pada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New intake</source>
            <translation>Pendaftaran baru</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="-103" />
            <source>Welcome to CentreDesk</source>
            <translation>Selamat datang di CentreDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose your language, then set up your centre or try CentreDesk on practice data.</source>
            <translation>Pilih bahasa Anda, lalu siapkan pusat layanan Anda atau coba CentreDesk dengan data latihan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set up my centre</source>
            <translation>&amp;Siapkan pusat layanan saya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the real database: your centre's details and the first administrator.</source>
            <translation>Mulai basis data sebenarnya: data pusat layanan Anda dan administrator pertama.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a &amp;training database with demo data</source>
            <translation>Buka basis data &amp;pelatihan dengan data demo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A separate practice file full of made-up households, stock and staff, for learning safely. Nothing done there touches real records; you can set up your centre later.</source>
            <translation>File latihan terpisah yang berisi rumah tangga, stok, dan staf rekaan, untuk belajar dengan aman. Apa pun yang dilakukan di sana tidak menyentuh data sebenarnya; Anda dapat menyiapkan pusat layanan Anda nanti.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../../desktop/views/stock/catalogue_dialog.py" line="-256" />
            <source>Edit item</source>
            <translation>Ubah barang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <location line="+10" />
            <source>e.g. 0.5 (empty: not weighed)</source>
            <translation>mis. 0.5 (kosong: tidak ditimbang)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perishable (needs an expiry date)</source>
            <translation>Mudah rusak (perlu tanggal kedaluwarsa)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scan the barcode here; several separated by ;</source>
            <translation>Pindai barcode di sini; pisahkan beberapa barcode dengan ;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In use</source>
            <translation>Digunakan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Category</source>
            <translation>&amp;Kategori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Unit</source>
            <translation>&amp;Satuan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Weight of one unit (kg)</source>
            <translation>&amp;Berat per satuan (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reorder level</source>
            <translation>Batas pe&amp;mesanan ulang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Barcodes</source>
            <translation>Bar&amp;code</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{value} is not a number.</source>
            <translation>{value} bukan angka.</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <location filename="../../desktop/views/stock/places_dialogs.py" line="-38" />
            <source>Edit location</source>
            <translation>Ubah lokasi</translation>
        </message>
        <message>
            <location line="+8" />
            <source>In use (offered for receipts, parcels and transfers)</source>
            <translation>Digunakan (ditawarkan untuk penerimaan, paket, dan pemindahan)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Kind</source>
            <translation>&amp;Jenis</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../desktop/views/lock.py" line="+109" />
            <source>CentreDesk is locked</source>
            <translation>CentreDesk terkunci</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is signed in. Enter your password to carry on where you left off.</source>
            <translation>{name} sedang masuk. Masukkan kata sandi Anda untuk melanjutkan pekerjaan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Sign out</source>
            <translation>K&amp;eluar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else can then sign in. Unsaved changes in open forms are lost.</source>
            <translation>Orang lain kemudian dapat masuk. Perubahan yang belum disimpan pada formulir yang terbuka akan hilang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation>&amp;Buka kunci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock</source>
            <translation>Buka kunci</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The password is wrong, or the account is locked after too many tries.</source>
            <translation>Kata sandi salah, atau akun terkunci karena terlalu banyak percobaan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again, or sign out so that someone else can sign in.</source>
            <translation>Coba lagi, atau keluar agar orang lain dapat masuk.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop/views/login.py" line="-72" />
            <source>Sign in — {app}</source>
            <translation>Masuk — {app}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Login name:</source>
            <translation>&amp;Nama login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lan&amp;guage:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login name</source>
            <translation>Nama login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation>&amp;Masuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <location line="+3" />
            <source>TRAINING DATABASE — practice data only. Accounts: {accounts}. Password: {password}</source>
            <translation>BASIS DATA PELATIHAN — hanya data latihan. Akun: {accounts}. Kata sandi: {password}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="+73" />
            <source>TRAINING DATABASE — practice data only: nothing you do here touches real records.</source>
            <translation>BASIS DATA PELATIHAN — hanya data latihan: apa pun yang Anda lakukan di sini tidak memengaruhi data sebenarnya.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Parts of CentreDesk</source>
            <translation>Bagian CentreDesk</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Page</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <location line="+35" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Cadangkan basis data…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Lock screen</source>
            <translation>&amp;Kunci layar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign out</source>
            <translation>K&amp;eluar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Tutup aplikasi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Settings</source>
            <translation>&amp;Pengaturan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Help</source>
            <translation>B&amp;antuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About CentreDesk</source>
            <translation>&amp;Tentang CentreDesk</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Page {n}</source>
            <translation>Halaman {n}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Signed in: {name} ({role})</source>
            <translation>Masuk sebagai: {name} ({role})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database: {where}</source>
            <translation>Basis data: {where}</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Locked — {app}</source>
            <translation>Terkunci — {app}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Your language is now {language}.</source>
            <translation>Bahasa Anda sekarang {language}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign out and sign in again to see CentreDesk in it.</source>
            <translation>Keluar lalu masuk kembali untuk melihat CentreDesk dalam bahasa tersebut.</translation>
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
            <translation>Basis data: {db}
File log: {log}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About CentreDesk</source>
            <translation>Tentang CentreDesk</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../desktop/views/clients/members_model.py" line="+16" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>Usia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Hubungan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Bergabung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flags</source>
            <translation>Penanda</translation>
        </message>
        <message>
            <location line="+27" />
            <source>disability</source>
            <translation>disabilitas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>special needs</source>
            <translation>kebutuhan khusus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>birth year only</source>
            <translation>hanya tahun lahir</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(erased)</source>
            <translation>(dihapus)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../desktop/views/clients/edit_dialogs.py" line="+99" />
            <source>Merge a duplicate into this record</source>
            <translation>Gabungkan data ganda ke dalam catatan ini</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge</source>
            <translation>&amp;Gabungkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything attached to the duplicate (members, services, case files) moves to this record; the duplicate is then removed.</source>
            <translation>Semua yang terkait dengan data ganda (anggota, layanan, berkas kasus) dipindahkan ke catatan ini; data ganda kemudian dihapus.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find the duplicate</source>
            <translation>Cari data ganda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matching records</source>
            <translation>Catatan yang cocok</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Find and choose the duplicate record first.</source>
            <translation>Cari dan pilih data ganda terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>MovedOutDialog</name>
        <message>
            <location line="-51" />
            <source>Moved out</source>
            <translation>Pindah keluar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} no longer lives in this household from:</source>
            <translation>{name} tidak lagi tinggal di rumah tangga ini sejak:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left on</source>
            <translation>Tanggal keluar</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop/views/clients/overview_tab.py" line="+56" />
            <source>Client</source>
            <translation>Klien</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit &amp;household…</source>
            <translation>Ubah &amp;rumah tangga…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;dd member…</source>
            <translation>&amp;Tambah anggota…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit &amp;person…</source>
            <translation>Ubah &amp;orang…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mo&amp;ved out…</source>
            <translation>&amp;Pindah keluar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge a duplicate…</source>
            <translation>&amp;Gabungkan data ganda…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export personal data…</source>
            <translation>Ekspor data pribadi…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+72" />
            <source>Archive</source>
            <translation>Arsipkan</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Erase personal data…</source>
            <translation>Hapus data pribadi…</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Housing</source>
            <translation>Tempat tinggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Pendapatan bulanan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registered</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Members now</source>
            <translation>Anggota saat ini</translation>
        </message>
        <message>
            <location line="+9" />
            <source>(erased)</source>
            <translation>(dihapus)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Born</source>
            <translation>Lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Nomor identitas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none (served on their own)</source>
            <translation>tidak ada (dilayani sendiri)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(archived)</source>
            <translation>(diarsipkan)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erased record</source>
            <translation>Data yang dihapus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Export personal data</source>
            <translation>Ekspor data pribadi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saved {pdf} and {json}.</source>
            <translation>Tersimpan: {pdf} dan {json}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Archive this household?</source>
            <translation>Arsipkan rumah tangga ini?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It disappears from daily lists and search; nothing is deleted and it can be restored.</source>
            <translation>Rumah tangga ini tidak akan muncul di daftar harian dan pencarian; tidak ada yang dihapus dan dapat dipulihkan kembali.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Erase the personal data of this record for good?</source>
            <translation>Hapus data pribadi dari catatan ini untuk selamanya?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names, identifiers, contact details and notes are removed and cannot be brought back. Anonymous service counts are kept.</source>
            <translation>Nama, nomor identitas, kontak, dan catatan akan dihapus dan tidak dapat dikembalikan. Jumlah layanan anonim tetap disimpan.</translation>
        </message>
    </context>
    <context>
        <name>ParcelWidget</name>
        <message>
            <location filename="../../desktop/views/stock/parcel.py" line="+63" />
            <source>Find the household: name, reference, ID number or phone</source>
            <translation>Cari rumah tangga: nama, kode referensi, nomor identitas, atau telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find household</source>
            <translation>Cari rumah tangga</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Households found</source>
            <translation>Rumah tangga yang ditemukan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No household chosen yet.</source>
            <translation>Belum ada rumah tangga yang dipilih.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>(choose a template)</source>
            <translation>(pilih templat)</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Add &amp;template</source>
            <translation>Tambah te&amp;mplat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit templates…</source>
            <translation>&amp;Ubah templat…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Location</source>
            <translation>&amp;Lokasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Template</source>
            <translation>Templat</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Parcel lines</source>
            <translation>Baris paket</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Remove line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Give parcel</source>
            <translation>&amp;Berikan paket</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Your role may not look clients up: ask the front desk.</source>
            <translation>Peran Anda tidak diizinkan mencari klien: mintalah bantuan meja layanan depan.</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>{ref} · {name} · %n member(s)</source>
            <translation>
                <numerusform>{ref} · {name} · %n anggota</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last parcel: {date}</source>
            <translation>Paket terakhir: {date}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No item has the barcode or name {code}.</source>
            <translation>Tidak ada barang dengan kode batang atau nama {code}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose the household first.</source>
            <translation>Pilih rumah tangga terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Visit limit</source>
            <translation>Batas kunjungan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for giving another parcel (it is recorded):</source>
            <translation>Alasan memberikan paket lagi (akan dicatat):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was saved.</source>
            <translation>Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Parcel {id} given. {weight}</source>
            <translation>Paket {id} telah diberikan. {weight}</translation>
        </message>
    </context>
    <context>
        <name>ParcelsTab</name>
        <message>
            <location filename="../../desktop/views/stock/parcels_tab.py" line="+34" />
            <location line="+6" />
            <source>Recent parcels</source>
            <translation>Paket terbaru</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Parcels are given to households: open the person's household.</source>
            <translation>Paket diberikan kepada rumah tangga: buka rumah tangga orang ini.</translation>
        </message>
    </context>
    <context>
        <name>PeopleServedChart</name>
        <message>
            <location filename="../../desktop/views/dashboard/chart.py" line="+23" />
            <source>People served per month (each person once a month)</source>
            <translation>Orang yang dilayani per bulan (setiap orang dihitung sekali per bulan)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chart of people served per month</source>
            <translation>Grafik orang yang dilayani per bulan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People served</source>
            <translation>Orang yang dilayani</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <location filename="../../desktop/views/stock/adjust_dialog.py" line="+26" />
            <source>&amp;From</source>
            <translation>&amp;Dari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;Sampai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../desktop/views/clients/edit_dialogs.py" line="-61" />
            <source>Edit person</source>
            <translation>Ubah data orang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add member</source>
            <translation>Tambah anggota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>YYYY-MM-DD or YYYY</source>
            <translation>YYYY-MM-DD atau YYYY</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Given name</source>
            <translation>Nama depan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Family name</source>
            <translation>Nama keluarga</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Identifier type</source>
            <translation>Jenis identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier number</source>
            <translation>Nomor identitas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special needs</source>
            <translation>Kebutuhan khusus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationship</source>
            <translation>Hubungan keluarga</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Joined on</source>
            <translation>Bergabung pada</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="-113" />
            <source>Post</source>
            <translation>Pos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description:</source>
            <translation>&amp;Deskripsi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requires</source>
            <translation>Mensyaratkan</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="+34" />
            <source>Country profile</source>
            <translation>Profil negara</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The profile seeds the needs list, the personal identifier, the address form, the currency and the public holidays.</source>
            <translation>Profil negara menentukan daftar kebutuhan awal, nomor identitas pribadi, formulir alamat, mata uang, dan hari libur nasional.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../desktop/views/tasks.py" line="+73" />
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancelling… the work stops at the next safe point.</source>
            <translation>Membatalkan… pekerjaan berhenti pada titik aman berikutnya.</translation>
        </message>
    </context>
    <context>
        <name>QualityModel</name>
        <message>
            <location filename="../../desktop/views/reports/models.py" line="+76" />
            <source>Data-quality check</source>
            <translation>Pemeriksaan kualitas data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>Jumlah data</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../../desktop/views/stock/receipt_dialog.py" line="+35" />
            <source>Receive stock</source>
            <translation>Terima stok</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Donation</source>
            <translation>Donasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purchase</source>
            <translation>Pembelian</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(not recorded)</source>
            <translation>(tidak dicatat)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Kind</source>
            <translation>&amp;Jenis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Source</source>
            <translation>&amp;Sumber</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Location</source>
            <translation>&amp;Lokasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote</source>
            <translation>&amp;Catatan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Receipt lines</source>
            <translation>Baris penerimaan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Remove line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No item has the barcode or name {code}.</source>
            <translation>Tidak ada barang dengan kode batang atau nama {code}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the barcode to the item in the catalogue, or pick the item by name.</source>
            <translation>Tambahkan kode batang ke barang di katalog, atau pilih barang berdasarkan nama.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Receipt {id} saved: %n line(s) taken into stock.</source>
            <translation>
                <numerusform>Penerimaan {id} disimpan: %n baris dimasukkan ke stok.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <location filename="../../desktop/views/rosters/register_panel.py" line="+213" />
            <source>Find by name or role</source>
            <translation>Cari berdasarkan nama atau peran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a person</source>
            <translation>Cari orang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show inactive</source>
            <translation>Tampilkan yang nonaktif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New person…</source>
            <translation>&amp;Orang baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Register</source>
            <translation>Daftar staf dan relawan</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../desktop/views/reports/page.py" line="+71" />
            <source>Report</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Last month</source>
            <translation>Bulan lalu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This month</source>
            <translation>Bulan ini</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Show figures</source>
            <translation>&amp;Tampilkan angka</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Report:</source>
            <translation>&amp;Laporan:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Period:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a report and a period, then Show figures.</source>
            <translation>Pilih laporan dan periode, lalu klik Tampilkan angka.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Figures</source>
            <translation>Angka</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Data-quality warnings</source>
            <translation>Peringatan kualitas data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click a warning to see which records it concerns.</source>
            <translation>Klik dua kali sebuah peringatan untuk melihat data yang terkait.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export &amp;Excel…</source>
            <translation>Ekspor &amp;Excel…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export P&amp;DF…</source>
            <translation>Ekspor P&amp;DF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;JSON…</source>
            <translation>Ekspor &amp;JSON…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>List of people served…</source>
            <translation>Daftar orang yang dilayani…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The period ends before it starts.</source>
            <translation>Tanggal akhir periode lebih awal dari tanggal mulainya.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counting the report figures</source>
            <translation>Menghitung angka laporan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{title}, {period}. Data-quality warnings: {n}.</source>
            <translation>{title}, {period}. Peringatan kualitas data: {n}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancelled.</source>
            <translation>Dibatalkan.</translation>
        </message>
        <message>
            <location line="+15" />
            <source> (first 200 shown)</source>
            <translation> (200 pertama ditampilkan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{check}: {count} record(s){more}.</source>
            <translation>{check}: {count} data{more}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record numbers: {ids}</source>
            <translation>Nomor data: {ids}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF document (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Writing {name}</source>
            <translation>Menulis {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written: {path}</source>
            <translation>Ditulis: {path}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Writing the list of people served</source>
            <translation>Menulis daftar orang yang dilayani</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) written to {path}</source>
            <translation>
                <numerusform>%n orang ditulis ke {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../desktop/views/admin/user_dialogs.py" line="+133" />
            <source>Reset password</source>
            <translation>Atur ulang kata sandi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New temporary password for {login}. Any lockout is lifted; they choose their own password at their next sign-in.</source>
            <translation>Kata sandi sementara baru untuk {login}. Penguncian akun dicabut; pengguna memilih kata sandinya sendiri saat masuk berikutnya.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat the new password</source>
            <translation>Ulangi kata sandi baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat it:</source>
            <translation>&amp;Ulangi:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>RosterGridModel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/rosters/grid_model.py" line="+116" />
            <source>%n more people needed</source>
            <translation>
                <numerusform>Masih perlu %n orang lagi</numerusform>
            </translation>
        </message>
        <message>
            <location line="+37" />
            <source>Public holiday: {name}</source>
            <translation>Hari libur nasional: {name}</translation>
        </message>
    </context>
    <context>
        <name>RosterView</name>
        <message>
            <location filename="../../desktop/views/rosters/roster_view.py" line="+59" />
            <source>◀ &amp;Previous</source>
            <translation>◀ Se&amp;belumnya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous week or month (Ctrl+PgUp)</source>
            <translation>Minggu atau bulan sebelumnya (Ctrl+PgUp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Today</source>
            <translation>&amp;Hari ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next ▶</source>
            <translation>Berikut&amp;nya ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next week or month (Ctrl+PgDown)</source>
            <translation>Minggu atau bulan berikutnya (Ctrl+PgDown)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Week</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period shown</source>
            <translation>Periode yang ditampilkan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Posts × days</source>
            <translation>Pos × hari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People × days</source>
            <translation>Orang × hari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;shift…</source>
            <translation>&amp;Sif baru…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Assign…</source>
            <translation>&amp;Tugaskan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit shift…</source>
            <translation>&amp;Ubah sif…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected shift (F2)</source>
            <translation>Ubah sif yang dipilih (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete shift…</source>
            <translation>&amp;Hapus sif…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected shift (Delete)</source>
            <translation>Hapus sif yang dipilih (Delete)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;rint week…</source>
            <translation>Ceta&amp;k minggu…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xcel…</source>
            <translation>E&amp;xcel…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Roster</source>
            <translation>Jadwal piket</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Roster summary</source>
            <translation>Ringkasan jadwal piket</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{start} to {end}</source>
            <translation>{start} sampai {end}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n shifts</source>
            <translation>
                <numerusform>%n sif</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n short of people</source>
            <translation>
                <numerusform>%n sif kurang orang</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Public holidays: {days}</source>
            <translation>Hari libur nasional: {days}</translation>
        </message>
        <message>
            <location line="+35" />
            <source>People on the shift…</source>
            <translation>Orang di sif ini…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit shift…</source>
            <translation>Ubah sif…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete shift…</source>
            <translation>Hapus sif…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People on {shift}…</source>
            <translation>Orang di {shift}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit {shift}…</source>
            <translation>Ubah {shift}…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete {shift}…</source>
            <translation>Hapus {shift}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New shift here…</source>
            <translation>Sif baru di sini…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Edit</source>
            <translation>Ubah</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n people are assigned to it and will be taken off.</source>
            <translation>
                <numerusform>%n orang ditugaskan di sif ini dan akan dikeluarkan dari tugas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nobody is assigned to it.</source>
            <translation>Belum ada yang ditugaskan di sif ini.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the shift {shift}?</source>
            <translation>Hapus sif {shift}?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the printable roster</source>
            <translation>Simpan jadwal piket untuk dicetak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preparing the roster</source>
            <translation>Menyiapkan jadwal piket</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>The roster was saved to {path}</source>
            <translation>Jadwal piket disimpan ke {path}</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Export the roster to Excel</source>
            <translation>Ekspor jadwal piket ke Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel files (*.xlsx)</source>
            <translation>File Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>RostersPage</name>
        <message>
            <location filename="../../desktop/views/rosters/page.py" line="+25" />
            <source>Rosters</source>
            <translation>Jadwal piket</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Roster</source>
            <translation>&amp;Jadwal piket</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign-in &amp;desk</source>
            <translation>Meja &amp;absensi</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Re&amp;gister</source>
            <translation>&amp;Daftar personel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Posts and &amp;templates</source>
            <translation>Pos dan &amp;templat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Hours</source>
            <translation>Jam &amp;kerja</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../desktop/views/clients/list_models.py" line="+80" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Born</source>
            <translation>Lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Household: {name}</source>
            <translation>Rumah tangga: {name}</translation>
        </message>
    </context>
    <context>
        <name>SetupPanel</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="+117" />
            <location line="+1" />
            <source>Post</source>
            <translation>Pos</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Requires</source>
            <translation>Mensyaratkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Posts</source>
            <translation>Pos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly templates</source>
            <translation>Templat mingguan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;post…</source>
            <translation>&amp;Pos baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit post…</source>
            <translation>&amp;Ubah pos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New s&amp;kill or credential…</source>
            <translation>&amp;Keterampilan atau sertifikat baru…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New &amp;template…</source>
            <translation>&amp;Templat baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop template</source>
            <translation>&amp;Hentikan templat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create shifts…</source>
            <translation>&amp;Buat sif…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Credential (expires)</source>
            <translation>Sertifikat (ada masa berlaku)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skill</source>
            <translation>Keterampilan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>New skill or credential</source>
            <translation>Keterampilan atau sertifikat baru</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Stop using this template? Shifts already created stay.</source>
            <translation>Berhenti menggunakan templat ini? Sif yang sudah dibuat tetap ada.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../desktop/views/setup/wizard.py" line="+88" />
            <source>Set up {app}</source>
            <translation>Siapkan {app}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Berikutnya &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation>&amp;Selesai</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the same password in both boxes.</source>
            <translation>Ketik kata sandi yang sama di kedua kotak.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A training database already exists.</source>
            <translation>Basis data pelatihan sudah ada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes: throw it away and build a fresh one. No: open the existing one as it is.</source>
            <translation>Ya: buang dan buat yang baru. Tidak: buka basis data yang ada apa adanya.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Building the training database</source>
            <translation>Membuat basis data pelatihan</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/shift_form.py" line="+44" />
            <source>New shift</source>
            <translation>Sif baru</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit shift</source>
            <translation>Ubah sif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Post</source>
            <translation>Pos</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Post:</source>
            <translation>&amp;Pos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation>&amp;Tanggal:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Starts:</source>
            <translation>&amp;Mulai:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ends:</source>
            <translation>&amp;Selesai:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An end at or before the start means the next morning (night shift).</source>
            <translation>Waktu selesai pada atau sebelum waktu mulai berarti keesokan paginya (sif malam).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People &amp;needed:</source>
            <translation>Orang yang &amp;dibutuhkan:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clashes</source>
            <translation>Bentrokan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason to save despite the clashes</source>
            <translation>Alasan tetap menyimpan meskipun ada bentrokan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed only to save despite a new clash</source>
            <translation>Hanya diperlukan untuk tetap menyimpan meskipun ada bentrokan baru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>nobody yet</source>
            <translation>belum ada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On the shift:</source>
            <translation>Bertugas di sif:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks:</source>
            <translation>Pemeriksaan:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <location line="+40" />
            <source>(already so before this change)</source>
            <translation>(sudah begitu sebelum perubahan ini)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No clashes.</source>
            <translation>Tidak ada bentrokan.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add a post first (Posts and templates tab).</source>
            <translation>Tambahkan pos terlebih dahulu (tab Pos dan templat).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved despite the clashes; your reason was recorded.</source>
            <translation>Disimpan meskipun ada bentrokan; alasan Anda telah dicatat.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/register_panel.py" line="-131" />
            <source>Person on the register</source>
            <translation>Orang dalam daftar</translation>
        </message>
        <message>
            <location line="+18" />
            <source>no limit</source>
            <translation>tanpa batas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Given name:</source>
            <translation>&amp;Nama depan:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Family name:</source>
            <translation>Nama kel&amp;uarga:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role:</source>
            <translation>&amp;Peran:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>&amp;Telepon:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ddress:</source>
            <translation>Ala&amp;mat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency &amp;contact:</source>
            <translation>&amp;Kontak darurat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency p&amp;hone:</source>
            <translation>Telepon &amp;darurat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Maximum hours a week:</source>
            <translation>Jam maksimum &amp;seminggu:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Login of this person</source>
            <translation>Login orang ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link the person to their login, so the app knows who they are on the roster.</source>
            <translation>Hubungkan orang ini dengan login-nya agar aplikasi mengenali siapa dia di jadwal piket.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no login)</source>
            <translation>(tanpa login)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{login} (disabled)</source>
            <translation>{login} (dinonaktifkan)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skills and credentials</source>
            <translation>Keterampilan dan sertifikat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Availability</source>
            <translation>Ketersediaan</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Held</source>
            <translation>Dimiliki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation>Berlaku sampai</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} expires on</source>
            <translation>{name} berlaku sampai</translation>
        </message>
    </context>
    <context>
        <name>StockLines</name>
        <message>
            <location filename="../../desktop/views/stock/lines.py" line="+27" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry (YYYY-MM-DD)</source>
            <translation>Kedaluwarsa (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value (minor units)</source>
            <translation>Nilai (satuan terkecil)</translation>
        </message>
        <message>
            <location line="+110" />
            <source>{value} is not valid here.</source>
            <translation>{value} tidak valid di sini.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Scan a barcode or type an item name, then Enter</source>
            <translation>Pindai barcode atau ketik nama barang, lalu tekan Enter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../desktop/views/stock/page.py" line="+87" />
            <source>Stock views</source>
            <translation>Tampilan stok</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Parcel</source>
            <translation>Paket</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On hand</source>
            <translation>Stok tersedia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiring</source>
            <translation>Segera kedaluwarsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Below reorder level</source>
            <translation>Di bawah batas pemesanan ulang</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+117" />
            <source>Movement history</source>
            <translation>Riwayat mutasi</translation>
        </message>
        <message>
            <location line="-104" />
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location line="+52" />
            <source>All locations</source>
            <translation>Semua lokasi</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All categories</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter items by name</source>
            <translation>Saring barang berdasarkan nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter items</source>
            <translation>Saring barang</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stock on hand</source>
            <translation>Stok tersedia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Receive…</source>
            <translation>&amp;Terima…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Transfer…</source>
            <translation>&amp;Pindahkan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adjust…</source>
            <translation>&amp;Sesuaikan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Count…</source>
            <translation>&amp;Hitung…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catalo&amp;gue…</source>
            <translation>&amp;Katalog…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print stock list…</source>
            <translation>&amp;Cetak daftar stok…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print l&amp;edger…</source>
            <translation>Cetak &amp;buku besar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport to Excel…</source>
            <translation>&amp;Ekspor ke Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import items…</source>
            <translation>&amp;Impor barang…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check &amp;ledger</source>
            <translation>Periksa b&amp;uku besar</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Lots expiring within</source>
            <translation>Batch yang kedaluwarsa dalam</translation>
        </message>
        <message>
            <location line="+4" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Write off expired…</source>
            <translation>&amp;Hapusbukukan stok kedaluwarsa…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expiring lots</source>
            <translation>Batch yang segera kedaluwarsa</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Items below reorder level</source>
            <translation>Barang di bawah batas pemesanan ulang</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re&amp;verse…</source>
            <translation>&amp;Balikkan…</translation>
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>%n item(s) in stock</source>
            <translation>
                <numerusform>%n barang dalam stok</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{kg} kg · value {value} · {low} below reorder level</source>
            <translation>{kg} kg · nilai {value} · {low} di bawah batas pemesanan ulang</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Print the ledger for a period</source>
            <translation>Cetak buku besar untuk suatu periode</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the ledger</source>
            <translation>Simpan buku besar</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+39" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Save the stock list</source>
            <translation>Simpan daftar stok</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export stock to Excel</source>
            <translation>Ekspor stok ke Excel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Exporting stock</source>
            <translation>Mengekspor stok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved {path}</source>
            <translation>Tersimpan di {path}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import items</source>
            <translation>Impor barang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Spreadsheet (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Importing items</source>
            <translation>Mengimpor barang</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Line {line} {column}: {message}</source>
            <translation>Baris {line} {column}: {message}</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Nothing was imported: %n row(s) have problems.</source>
            <translation>
                <numerusform>Tidak ada yang diimpor: %n baris bermasalah.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n item(s) imported.</source>
            <translation>
                <numerusform>%n barang diimpor.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Write off every expired lot at the chosen location(s)?</source>
            <translation>Hapusbukukan semua batch kedaluwarsa di lokasi yang dipilih?</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n expired lot(s) written off.</source>
            <translation>
                <numerusform>%n batch kedaluwarsa dihapusbukukan.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose the movement to reverse first.</source>
            <translation>Pilih dulu mutasi yang akan dibalik.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reverse movement {id}</source>
            <translation>Balikkan mutasi {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why is this movement reversed? (It stays in the ledger; a reversing movement is added.)</source>
            <translation>Mengapa mutasi ini dibalik? (Mutasi ini tetap ada di buku besar; mutasi pembalik ditambahkan.)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>On hand agrees with the ledger exactly.</source>
            <translation>Stok tersedia sama persis dengan buku besar.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n difference(s) between on hand and the ledger.</source>
            <translation>
                <numerusform>%n selisih antara stok tersedia dan buku besar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rebuild on hand from the ledger now?</source>
            <translation>Bangun ulang stok tersedia dari buku besar sekarang?</translation>
        </message>
    </context>
    <context>
        <name>StockTables</name>
        <message>
            <location filename="../../desktop/views/stock/parcels_tab.py" line="-20" />
            <location filename="../../desktop/views/stock/table_models.py" line="+95" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/template_dialog.py" line="+63" />
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Override reason</source>
            <translation>Alasan melewati batas</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/parcel.py" line="-210" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Born</source>
            <translation>Lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/catalogue_dialog.py" line="-89" />
            <location filename="../../desktop/views/stock/table_models.py" line="-44" />
            <location line="+21" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/table_models.py" line="-20" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/table_models.py" line="+1" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg per unit</source>
            <translation>kg per satuan</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/stock/table_models.py" line="+4" />
            <source>Reorder level</source>
            <translation>Batas pemesanan ulang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Barcodes</source>
            <translation>Kode batang</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../desktop/views/stock/table_models.py" line="+17" />
            <location line="+23" />
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Kind</source>
            <translation>Jenis</translation>
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
            <translation>Donatur atau sumber</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
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
            <translation>Stok tersedia</translation>
        </message>
        <message>
            <location line="-20" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lots</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next expiry</source>
            <translation>Kedaluwarsa berikutnya</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days left</source>
            <translation>Sisa hari</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+25" />
            <source>Lot</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location line="-8" />
            <source>reversed</source>
            <translation>dibalik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Movement</source>
            <translation>Pergerakan stok</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/template_dialog.py" line="-2" />
            <source>Template</source>
            <translation>Templat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household size</source>
            <translation>Jumlah anggota rumah tangga</translation>
        </message>
    </context>
    <context>
        <name>StockTemplates</name>
        <message>
            <location line="-14" />
            <source>any size</source>
            <translation>semua ukuran</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n orang</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>In use</source>
            <translation>Digunakan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not in use</source>
            <translation>Tidak digunakan</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../desktop/views/rosters/setup_panel.py" line="-169" />
            <source>Weekly template</source>
            <translation>Templat mingguan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Post:</source>
            <translation>&amp;Pos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Every:</source>
            <translation>Se&amp;tiap:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Starts:</source>
            <translation>&amp;Mulai:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;nds:</source>
            <translation>&amp;Selesai:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People &amp;needed:</source>
            <translation>Orang yang &amp;dibutuhkan:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add a post first.</source>
            <translation>Tambahkan pos terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/template_dialog.py" line="+26" />
            <source>Edit parcel template</source>
            <translation>Ubah templat paket</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New parcel template</source>
            <translation>Templat paket baru</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. Standard parcel, household of 4</source>
            <translation>mis. Paket standar, rumah tangga 4 orang</translation>
        </message>
        <message>
            <location line="+3" />
            <source>any size</source>
            <translation>semua ukuran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In use (offered on the parcel screen)</source>
            <translation>Digunakan (ditawarkan di layar paket)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For a &amp;household of</source>
            <translation>Untuk &amp;rumah tangga beranggota</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Item (type part of its name)</source>
            <translation>Barang (ketik sebagian namanya)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Item to add</source>
            <translation>Barang yang akan ditambahkan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Quantity to add</source>
            <translation>Jumlah yang akan ditambahkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add line</source>
            <translation>&amp;Tambah baris</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Item</source>
            <translation>&amp;Barang</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Template lines</source>
            <translation>Baris templat</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Choose an item from the list first.</source>
            <translation>Pilih barang dari daftar terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesPanel</name>
        <message>
            <location line="+45" />
            <source>Parcel templates</source>
            <translation>Templat paket</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New template…</source>
            <translation>Templat &amp;baru…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit template…</source>
            <translation>&amp;Ubah templat…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+38" />
            <source>Make &amp;inactive</source>
            <translation>&amp;Nonaktifkan</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Make a&amp;ctive</source>
            <translation>&amp;Aktifkan</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <location filename="../../desktop/views/clients/timeline_tab.py" line="+20" />
            <source>Nothing recorded yet.</source>
            <translation>Belum ada yang dicatat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timeline</source>
            <translation>Linimasa</translation>
        </message>
    </context>
    <context>
        <name>TimezoneBox</name>
        <message>
            <location filename="../../desktop/views/timezone_box.py" line="+32" />
            <source>Centre time zone</source>
            <translation>Zona waktu pusat layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type part of the name, such as Warsaw or Jakarta.</source>
            <translation>Ketik sebagian nama, misalnya Warsaw atau Jakarta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default for the country profile: {zone}.</source>
            <translation>Bawaan profil negara: {zone}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not chosen yet: the country profile's {zone} is used.</source>
            <translation>Belum dipilih: digunakan {zone} dari profil negara.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shift hours are counted in this zone.</source>
            <translation>Jam sif dihitung menurut zona waktu ini.</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <location filename="../../desktop/views/setup/pages.py" line="+141" />
            <source>Training database</source>
            <translation>Basis data pelatihan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made-up data in your country's profile, for learning without risk.</source>
            <translation>Data rekaan sesuai profil negara Anda, untuk belajar tanpa risiko.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Households:</source>
            <translation>&amp;Rumah tangga:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Months of history:</source>
            <translation>&amp;Bulan riwayat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Months of history</source>
            <translation>Bulan riwayat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You sign in as admin, or as one of the staff accounts shown on the sign-in screen. Every training account uses the password {password}.</source>
            <translation>Masuk sebagai admin, atau sebagai salah satu akun staf yang ditampilkan di layar masuk. Semua akun pelatihan menggunakan kata sandi {password}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File: {path}</source>
            <translation>File: {path}</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../desktop/views/stock/transfer_dialog.py" line="+23" />
            <source>Transfer stock</source>
            <translation>Pindahkan stok</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;From</source>
            <translation>&amp;Dari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;To</source>
            <translation>&amp;Ke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Item</source>
            <translation>&amp;Barang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Quantity</source>
            <translation>&amp;Jumlah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desktop/views/admin/user_dialogs.py" line="-69" />
            <source>New user</source>
            <translation>Pengguna baru</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit user</source>
            <translation>Ubah pengguna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Login name</source>
            <translation>Nama login</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Login name:</source>
            <translation>&amp;Nama login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Full name:</source>
            <translation>Nama &amp;lengkap:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role:</source>
            <translation>&amp;Peran:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Active (may sign in)</source>
            <translation>&amp;Aktif (boleh masuk)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First password</source>
            <translation>Kata sandi pertama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat the first password</source>
            <translation>Ulangi kata sandi pertama</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First &amp;password:</source>
            <translation>&amp;Kata sandi pertama:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat it:</source>
            <translation>&amp;Ulangi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The user chooses their own password the first time they sign in.</source>
            <translation>Pengguna memilih kata sandinya sendiri saat pertama kali masuk.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../desktop/views/admin/users_page.py" line="+27" />
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New user…</source>
            <translation>Pengguna &amp;baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset password…</source>
            <translation>&amp;Atur ulang kata sandi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Disable</source>
            <translation>&amp;Nonaktifkan</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The password was reset.</source>
            <translation>Kata sandi telah diatur ulang.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give it to the user; they will choose their own when they next sign in.</source>
            <translation>Berikan kata sandi ini kepada pengguna; mereka akan memilih kata sandinya sendiri saat masuk berikutnya.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Disable the account {login}?</source>
            <translation>Nonaktifkan akun {login}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They can no longer sign in. Their records and the audit log stay; you can enable it again.</source>
            <translation>Pengguna ini tidak dapat masuk lagi. Data dan log audit mereka tetap tersimpan; Anda dapat mengaktifkan akunnya kembali.</translation>
        </message>
    </context>
    <context>
        <name>UsersTableModel</name>
        <message>
            <location filename="../../desktop/views/admin/users_model.py" line="+24" />
            <source>Login name</source>
            <translation>Nama login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last sign-in</source>
            <translation>Terakhir masuk</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Disabled</source>
            <translation>Nonaktif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locked out</source>
            <translation>Terkunci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
    </context>
    <context>
        <name>account</name>
        <message>
            <location filename="../../desktop/services/account.py" line="+21" />
            <source>Your account no longer exists.</source>
            <translation>Akun Anda sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unknown language.</source>
            <translation>Bahasa tidak dikenal.</translation>
        </message>
    </context>
    <context>
        <name>address</name>
        <message>
            <location filename="../../desktop/services/households.py" line="+28" />
            <source>Street and number</source>
            <translation>Nama jalan dan nomor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Alamat</translation>
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
            <translation>Kota atau desa</translation>
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
            <translation>Distrik</translation>
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
            <translation>Wilayah / negara bagian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Kode pos</translation>
        </message>
    </context>
    <context>
        <name>agencies</name>
        <message>
            <location filename="../../desktop/services/agencies.py" line="+26" />
            <source>Clinic</source>
            <translation>Klinik</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dentist</source>
            <translation>Dokter gigi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation>Rumah sakit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Job centre</source>
            <translation>Dinas tenaga kerja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal aid</source>
            <translation>Bantuan hukum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shelter</source>
            <translation>Rumah singgah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School</source>
            <translation>Sekolah</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Police</source>
            <translation>Polisi</translation>
        </message>
        <message>
            <location line="+68" />
            <location line="+15" />
            <source>Enter the name of the agency type.</source>
            <translation>Masukkan nama jenis lembaga.</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+16" />
            <source>That agency type is already in the list.</source>
            <translation>Jenis lembaga tersebut sudah ada dalam daftar.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>That agency type no longer exists.</source>
            <translation>Jenis lembaga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Enter the agency's name.</source>
            <translation>Masukkan nama lembaga.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is too long (over 200 characters).</source>
            <translation>Nama terlalu panjang (lebih dari 200 karakter).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An agency with this name is already in the directory.</source>
            <translation>Lembaga dengan nama ini sudah ada di direktori.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The e-mail address does not look right.</source>
            <translation>Alamat e-mail tampaknya tidak benar.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+29" />
            <source>That agency no longer exists.</source>
            <translation>Lembaga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Same name as line {line}.</source>
            <translation>Nama sama dengan baris {line}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Importing agencies</source>
            <translation>Mengimpor lembaga</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/app.py" line="+89" />
            <source>CentreDesk is already open on this computer.</source>
            <translation>CentreDesk sudah terbuka di komputer ini.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch to its window (look in the task bar) instead of starting it again.</source>
            <translation>Beralihlah ke jendelanya (lihat di taskbar), jangan membukanya lagi.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot open the database</source>
            <translation>Tidak dapat membuka basis data</translation>
        </message>
    </context>
    <context>
        <name>assessments</name>
        <message>
            <location filename="../../desktop/services/assessments.py" line="+22" />
            <source>Low</source>
            <translation>Rendah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moderate</source>
            <translation>Sedang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation>Tinggi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critical</source>
            <translation>Kritis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pending</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligible</source>
            <translation>Memenuhi syarat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly eligible</source>
            <translation>Memenuhi syarat sebagian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>Tidak memenuhi syarat</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The assessment date cannot be in the future.</source>
            <translation>Tanggal asesmen tidak boleh di masa depan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Income and expenses cannot be negative.</source>
            <translation>Penghasilan dan pengeluaran tidak boleh negatif.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a severity from 1 (low) to 4 (critical).</source>
            <translation>Pilih tingkat keparahan dari 1 (rendah) sampai 4 (kritis).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Each need can be listed only once.</source>
            <translation>Setiap kebutuhan hanya dapat dicantumkan satu kali.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown need category.</source>
            <translation>Kategori kebutuhan tidak dikenal.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+31" />
            <source>Say what the client is eligible for.</source>
            <translation>Sebutkan bantuan yang layak diterima klien.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>That assessment no longer exists.</source>
            <translation>Asesmen tersebut sudah tidak ada.</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../../desktop/services/maintenance.py" line="+23" />
            <source>This is a server database: back it up with the server's own tools (pg_dump).</source>
            <translation>Ini adalah basis data server: cadangkan dengan alat milik server itu sendiri (pg_dump).</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../desktop/views/admin/backup_page.py" line="-75" />
            <source>Backing up the database</source>
            <translation>Mencadangkan basis data</translation>
        </message>
        <message>
            <location filename="../../desktop/views/admin/backup_page.py" line="-12" />
            <source>The backup was written and checked.</source>
            <translation>Cadangan telah ditulis dan diperiksa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File: {path}</source>
            <translation>File: {path}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the folder for the backup</source>
            <translation>Pilih folder untuk cadangan</translation>
        </message>
        <message>
            <location filename="../../desktop/backup.py" line="+56" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>Cadangan tidak dapat ditulis ke {path}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check that the drive is connected, not full and not read-only.</source>
            <translation>Pastikan drive terhubung, tidak penuh, dan tidak hanya-baca (read-only).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The backup cannot overwrite the database itself.</source>
            <translation>Cadangan tidak boleh menimpa basis data itu sendiri.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+49" />
            <source>The backup copy failed its check: {result}</source>
            <translation>Salinan cadangan gagal dalam pemeriksaan: {result}</translation>
        </message>
        <message>
            <location line="-36" />
            <source>The file {path} does not exist.</source>
            <translation>File {path} tidak ada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a CentreDesk database: nothing was restored.</source>
            <translation>{path} bukan basis data CentreDesk: tidak ada yang dipulihkan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The backup is damaged ({result}): nothing was restored.</source>
            <translation>Cadangan rusak ({result}): tidak ada yang dipulihkan.</translation>
        </message>
    </context>
    <context>
        <name>care_plan_pdf</name>
        <message>
            <location filename="../../desktop/reports/care_plan_pdf.py" line="+22" />
            <source>Care plan</source>
            <translation>Rencana intervensi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Client</source>
            <translation>Klien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Dimulai</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>Next review</source>
            <translation>Peninjauan berikutnya</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Goals met</source>
            <translation>Tujuan tercapai</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goals</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Goal</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target date</source>
            <translation>Tanggal target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No goals yet.</source>
            <translation>Belum ada tujuan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actions</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For goal</source>
            <translation>Untuk tujuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Responsible</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No actions yet.</source>
            <translation>Belum ada tindakan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reviews</source>
            <translation>Peninjauan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No reviews yet.</source>
            <translation>Belum ada peninjauan.</translation>
        </message>
    </context>
    <context>
        <name>care_plans</name>
        <message>
            <location filename="../../desktop/services/care_plans.py" line="+21" />
            <source>Open</source>
            <translation>Terbuka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>Sedang berjalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation>Tercapai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not met</source>
            <translation>Tidak tercapai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location line="+61" />
            <source>That care plan no longer exists.</source>
            <translation>Rencana intervensi tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This plan is closed: reopen it or start a new one.</source>
            <translation>Rencana ini sudah ditutup: buka kembali atau mulai rencana baru.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give the plan a title.</source>
            <translation>Beri judul untuk rencana ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reviews must be between 7 and 366 days apart.</source>
            <translation>Jarak antar peninjauan harus antara 7 dan 366 hari.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Describe the goal.</source>
            <translation>Uraikan tujuannya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The target date is before the plan started.</source>
            <translation>Tanggal target lebih awal daripada tanggal mulai rencana.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>That goal no longer exists.</source>
            <translation>Tujuan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Describe the action.</source>
            <translation>Uraikan tindakannya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say who is responsible for the action.</source>
            <translation>Sebutkan siapa penanggung jawab tindakan ini.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That goal is not part of this plan.</source>
            <translation>Tujuan tersebut bukan bagian dari rencana ini.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>That action no longer exists.</source>
            <translation>Tindakan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Summarise the review.</source>
            <translation>Tuliskan ringkasan peninjauan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The review date is before the plan started.</source>
            <translation>Tanggal peninjauan lebih awal daripada tanggal mulai rencana.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The next review must come after this one.</source>
            <translation>Peninjauan berikutnya harus setelah peninjauan ini.</translation>
        </message>
    </context>
    <context>
        <name>casework</name>
        <message>
            <location filename="../../desktop/services/casework_alerts.py" line="+24" />
            <source>{document} expired on {date}.</source>
            <translation>{document} kedaluwarsa pada {date}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{document} expires on {date}.</source>
            <translation>{document} akan kedaluwarsa pada {date}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Referral {number} to {agency}: follow-up overdue since {date}.</source>
            <translation>Rujukan {number} ke {agency}: tindak lanjut terlambat sejak {date}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Care plan "{title}": review due since {date}.</source>
            <translation>Rencana intervensi "{title}": peninjauan jatuh tempo sejak {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework_services.py" line="+41" />
            <source>Choose counselling, information, referral or other.</source>
            <translation>Pilih konseling, informasi, rujukan, atau lainnya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The service date cannot be in the future.</source>
            <translation>Tanggal layanan tidak boleh di masa mendatang.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_access.py" line="+40" />
            <source>Choose the person this is about.</source>
            <translation>Pilih orang yang bersangkutan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the person or household this is about.</source>
            <translation>Pilih orang atau rumah tangga yang bersangkutan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That person no longer exists.</source>
            <translation>Orang tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household no longer exists.</source>
            <translation>Rumah tangga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>That user does not exist or is disabled.</source>
            <translation>Pengguna tersebut tidak ada atau dinonaktifkan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only caseworkers are put on a case.</source>
            <translation>Hanya pekerja sosial yang dapat ditugaskan pada suatu kasus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a coordinator can put a caseworker on a case.</source>
            <translation>Hanya koordinator yang dapat menugaskan pekerja sosial pada suatu kasus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask a coordinator to assign you or a colleague.</source>
            <translation>Minta koordinator untuk menugaskan Anda atau rekan Anda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This caseworker is already on the case.</source>
            <translation>Pekerja sosial ini sudah menangani kasus ini.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That assignment no longer exists.</source>
            <translation>Penugasan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A caseworker can only take themselves off a case.</source>
            <translation>Pekerja sosial hanya dapat mengeluarkan dirinya sendiri dari suatu kasus.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework_tiles.py" line="+30" />
            <source>overdue since {date}</source>
            <translation>terlambat sejak {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>due {date}</source>
            <translation>jatuh tempo {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Referral follow-ups</source>
            <translation>Tindak lanjut rujukan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>expired {date}</source>
            <translation>kedaluwarsa {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expires {date}</source>
            <translation>kedaluwarsa {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>household</source>
            <translation>rumah tangga</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Documents expiring</source>
            <translation>Dokumen yang akan kedaluwarsa</translation>
        </message>
        <message>
            <location line="+13" />
            <source>review due {date}</source>
            <translation>peninjauan jatuh tempo {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Care plan reviews due</source>
            <translation>Peninjauan rencana intervensi yang jatuh tempo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/notes_referrals.py" line="+36" />
            <source>Sealed note — open it to read</source>
            <translation>Catatan rahasia — buka untuk membacanya</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+56" />
            <source>Sealed note</source>
            <translation>Catatan rahasia</translation>
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
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="-155" />
            <source>Author</source>
            <translation>Penulis</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <location filename="../../desktop/views/casework/plans_services.py" line="-30" />
            <location line="+31" />
            <location filename="../../desktop/views/casework/records.py" line="+209" />
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Case notes</source>
            <translation>Catatan kasus</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New note…</source>
            <translation>Catatan &amp;baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/casework/records.py" line="-123" />
            <source>&amp;Open</source>
            <translation>B&amp;uka</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sealed: only caseworkers on the case and coordinators can read it</source>
            <translation>Rahasia: hanya pekerja sosial yang menangani kasus ini dan koordinator yang dapat membacanya</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New case note</source>
            <translation>Catatan kasus baru</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Case note</source>
            <translation>Catatan kasus</translation>
        </message>
        <message>
            <location line="+11" />
            <source>overdue</source>
            <translation>terlambat</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tracking number</source>
            <translation>Nomor pelacakan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+43" />
            <location filename="../../desktop/views/casework/records.py" line="+87" />
            <location line="+23" />
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+45" />
            <source>Agency</source>
            <translation>Lembaga</translation>
        </message>
        <message>
            <location line="-44" />
            <location filename="../../desktop/views/casework/plans_services.py" line="-34" />
            <location line="+21" />
            <source>Service</source>
            <translation>Layanan</translation>
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
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+79" />
            <location filename="../../desktop/views/casework/records.py" line="-219" />
            <location line="+50" />
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <location line="-77" />
            <source>Referrals</source>
            <translation>Rujukan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New referral…</source>
            <translation>Rujukan &amp;baru…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change &amp;status…</source>
            <translation>Ubah &amp;status…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Print letter…</source>
            <translation>&amp;Cetak surat…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A&amp;gencies…</source>
            <translation>&amp;Lembaga…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The agencies directory is empty.</source>
            <translation>Direktori lembaga masih kosong.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the agency first (the Agencies… button), then make the referral.</source>
            <translation>Tambahkan lembaganya terlebih dahulu (tombol Lembaga…), lalu buat rujukannya.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Service requested</source>
            <translation>Layanan yang diminta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <source>Follow up on</source>
            <translation>Tindak lanjut pada</translation>
        </message>
        <message>
            <location line="-18" />
            <source>New referral</source>
            <translation>Rujukan baru</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This referral is closed: its status cannot change any more.</source>
            <translation>Rujukan ini sudah ditutup: statusnya tidak dapat diubah lagi.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New status</source>
            <translation>Status baru</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Referral {number}</source>
            <translation>Rujukan {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save the referral letter</source>
            <translation>Simpan surat rujukan</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/views/casework/plans_services.py" line="+64" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Writing the referral letter</source>
            <translation>Menulis surat rujukan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/records.py" line="-54" />
            <source>Needs</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income</source>
            <translation>Pendapatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expenses</source>
            <translation>Pengeluaran</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+51" />
            <source>Eligible for</source>
            <translation>Berhak atas</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Assessor</source>
            <translation>Asesor</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/agencies_page.py" line="+38" />
            <location line="+112" />
            <location filename="../../desktop/views/casework/records.py" line="+93" />
            <location line="+45" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/plans_services.py" line="-105" />
            <location filename="../../desktop/views/casework/records.py" line="-44" />
            <location line="+45" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/records.py" line="-44" />
            <source>Issued</source>
            <translation>Diterbitkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/plans_services.py" line="-40" />
            <location filename="../../desktop/views/casework/records.py" line="+1" />
            <location line="+100" />
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/records.py" line="-220" />
            <source>Write an amount like 1250.50.</source>
            <translation>Tulis jumlah seperti 1250.50.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Assessments</source>
            <translation>Asesmen kebutuhan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New assessment…</source>
            <translation>Asesmen &amp;baru…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Needs and severity</source>
            <translation>Kebutuhan dan tingkat keparahan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Monthly income ({currency})</source>
            <translation>Pendapatan bulanan ({currency})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Monthly expenses ({currency})</source>
            <translation>Pengeluaran bulanan ({currency})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Narrative</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <location line="+24" />
            <source>New assessment</source>
            <translation>Asesmen kebutuhan baru</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Expired</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expires soon</source>
            <translation>Segera kedaluwarsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified</source>
            <translation>Terverifikasi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not verified</source>
            <translation>Belum diverifikasi</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Verified by</source>
            <translation>Diverifikasi oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Attach scan…</source>
            <translation>&amp;Lampirkan pindaian…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verified against the original</source>
            <translation>&amp;Sudah dicocokkan dengan aslinya</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the scanned document</source>
            <translation>Pilih dokumen hasil pindaian</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Pindaian (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Whose document</source>
            <translation>Dokumen milik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Issued on</source>
            <translation>Diterbitkan pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation>Berlaku hingga</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Attach a document</source>
            <translation>Lampirkan dokumen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No program on this computer opens this kind of file.</source>
            <translation>Tidak ada program di komputer ini yang dapat membuka jenis file ini.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Withdrawn {date}</source>
            <translation>Ditarik {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In force</source>
            <translation>Berlaku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not in force</source>
            <translation>Tidak berlaku</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+23" />
            <source>Scope</source>
            <translation>Cakupan</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Given</source>
            <translation>Diberikan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>Valid until</source>
            <translation>Berlaku hingga</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Recorded by</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consents</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Record consent…</source>
            <translation>&amp;Catat persetujuan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Withdraw</source>
            <translation>&amp;Tarik</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Agency (for sharing)</source>
            <translation>Lembaga (untuk berbagi data)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Given on</source>
            <translation>Diberikan pada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May share the date of birth</source>
            <translation>Boleh membagikan tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the identity number</source>
            <translation>Boleh membagikan nomor identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the address</source>
            <translation>Boleh membagikan alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the phone number</source>
            <translation>Boleh membagikan nomor telepon</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Record a consent</source>
            <translation>Catat persetujuan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record that this consent is withdrawn today?</source>
            <translation>Catat bahwa persetujuan ini ditarik hari ini?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/agencies_page.py" line="-113" />
            <location line="+112" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="-110" />
            <location filename="../../desktop/views/casework/plans_services.py" line="+184" />
            <source>Services</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+114" />
            <source>Phone</source>
            <translation>Telepon</translation>
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
            <translation>Narahubung</translation>
        </message>
        <message>
            <location line="-114" />
            <location line="+116" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="-101" />
            <source>Line {line}: {column} {message}</source>
            <translation>Baris {line}: {column} {message}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Columns not used: {columns}</source>
            <translation>Kolom yang tidak digunakan: {columns}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Nothing was imported: %n row(s) have problems.</source>
            <translation>
                <numerusform>Tidak ada yang diimpor: %n baris bermasalah.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n agency(ies) imported.</source>
            <translation>
                <numerusform>%n lembaga diimpor.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search agencies by name, type or service</source>
            <translation>Cari lembaga berdasarkan nama, jenis, atau layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search agencies</source>
            <translation>Cari lembaga</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+113" />
            <source>Agencies</source>
            <translation>Lembaga</translation>
        </message>
        <message>
            <location line="-102" />
            <source>&amp;New agency…</source>
            <translation>Lembaga &amp;baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Impor…</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Services offered</source>
            <translation>Layanan yang tersedia</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New agency</source>
            <translation>Lembaga baru</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit agency</source>
            <translation>Ubah lembaga</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import agencies</source>
            <translation>Impor lembaga</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Spreadsheet (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Importing agencies</source>
            <translation>Mengimpor lembaga</translation>
        </message>
        <message>
            <location filename="../../desktop/views/casework/plans_services.py" line="-227" />
            <source>{met} of {n} goals met</source>
            <translation>{met} dari {n} tujuan tercapai</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Closed {date}</source>
            <translation>Ditutup {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review due</source>
            <translation>Perlu ditinjau</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Plan</source>
            <translation>Rencana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Dimulai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next review</source>
            <translation>Peninjauan berikutnya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Care plans</source>
            <translation>Rencana intervensi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New plan…</source>
            <translation>Rencana &amp;baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;goal…</source>
            <translation>Tambah &amp;tujuan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal s&amp;tatus…</source>
            <translation>&amp;Status tujuan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;action…</source>
            <translation>Tambah t&amp;indakan…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review…</source>
            <translation>Tin&amp;jau…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print summary…</source>
            <translation>&amp;Cetak ringkasan…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan details</source>
            <translation>Rincian rencana</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Goals:</source>
            <translation>Tujuan:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Actions:</source>
            <translation>Tindakan:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reviews:</source>
            <translation>Peninjauan:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Started on</source>
            <translation>Dimulai pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review every (days)</source>
            <translation>Tinjau setiap (hari)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New care plan</source>
            <translation>Rencana intervensi baru</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+17" />
            <source>Goal</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Target date</source>
            <translation>Tanggal target</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New goal</source>
            <translation>Tujuan baru</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Goal status</source>
            <translation>Status tujuan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who is responsible</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For goal</source>
            <translation>Untuk tujuan</translation>
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
            <translation>Tenggat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New action</source>
            <translation>Tindakan baru</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Reviewed on</source>
            <translation>Ditinjau pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next review (blank = the usual interval)</source>
            <translation>Peninjauan berikutnya (kosong = interval biasa)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan review</source>
            <translation>Peninjauan rencana</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save the care plan</source>
            <translation>Simpan rencana intervensi</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Writing the care plan</source>
            <translation>Menulis rencana intervensi</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>Staf</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Record a service…</source>
            <translation>&amp;Catat layanan…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Given to</source>
            <translation>Diberikan kepada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The whole household</source>
            <translation>Seluruh rumah tangga</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Record a service</source>
            <translation>Catat layanan</translation>
        </message>
    </context>
    <context>
        <name>casework_timeline</name>
        <message>
            <location filename="../../desktop/services/casework_timeline.py" line="+29" />
            <source>Sealed note</source>
            <translation>Catatan rahasia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note: {text}</source>
            <translation>Catatan: {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referral {number} to {agency}: {service}</source>
            <translation>Rujukan {number} ke {agency}: {service}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referral {number} sent</source>
            <translation>Rujukan {number} dikirim</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referral {number}: {status}</source>
            <translation>Rujukan {number}: {status}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Assessment: {n} needs, {outcome}</source>
            <translation>Asesmen kebutuhan: {n} kebutuhan, {outcome}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Document attached: {type}</source>
            <translation>Dokumen dilampirkan: {type}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent given ({who}): {scope}</source>
            <translation>Persetujuan diberikan ({who}): {scope}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent withdrawn ({who}): {scope}</source>
            <translation>Persetujuan ditarik ({who}): {scope}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Care plan started: {title}</source>
            <translation>Rencana intervensi dimulai: {title}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Care plan reviewed: {title}</source>
            <translation>Rencana intervensi ditinjau: {title}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Care plan closed: {met} of {n} goals met</source>
            <translation>Rencana intervensi ditutup: {met} dari {n} tujuan tercapai</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="+49" />
            <source>The database file {path} does not exist.</source>
            <translation>File basis data {path} tidak ada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot open the database {path}: {reason}</source>
            <translation>Tidak dapat membuka basis data {path}: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the path, or restore a backup.</source>
            <translation>Periksa lokasi filenya, atau pulihkan dari cadangan.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No password was given on standard input.</source>
            <translation>Tidak ada kata sandi yang diberikan melalui input standar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No terminal to ask for the password.</source>
            <translation>Tidak ada terminal untuk menanyakan kata sandi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass it on standard input with --password-stdin.</source>
            <translation>Berikan kata sandi melalui input standar dengan --password-stdin.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat the password: </source>
            <translation>Ulangi kata sandi: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+81" />
            <source>Password for {user}: </source>
            <translation>Kata sandi untuk {user}: </translation>
        </message>
        <message>
            <location line="-76" />
            <source>Centre {name} set up in {path}.</source>
            <translation>Pusat layanan {name} telah disiapkan di {path}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Training data added:</source>
            <translation>Data pelatihan ditambahkan:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Training accounts use the password {password}.</source>
            <translation>Akun pelatihan menggunakan kata sandi {password}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Backup written and checked: {path}</source>
            <translation>Cadangan ditulis dan diperiksa: {path}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restored {source} into {path}.</source>
            <translation>{source} dipulihkan ke {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database it replaced was kept as {path}.</source>
            <translation>Basis data yang digantikan disimpan sebagai {path}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>disabled</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked</source>
            <translation>terkunci</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown role {role}: choose one of {choices}.</source>
            <translation>Peran {role} tidak dikenal: pilih salah satu dari {choices}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>User {user} added; they must choose a new password at first sign-in.</source>
            <translation>Pengguna {user} ditambahkan; pengguna ini harus memilih kata sandi baru saat pertama kali masuk.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User {user} disabled.</source>
            <translation>Pengguna {user} dinonaktifkan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New password for {user}: </source>
            <translation>Kata sandi baru untuk {user}: </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password of {user} reset; any lockout is lifted.</source>
            <translation>Kata sandi {user} telah diatur ulang; akun yang terkunci kini dibuka.</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>{file}: %n row(s) read.</source>
            <translation>
                <numerusform>{file}: %n baris dibaca.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown columns (ignored): {cols}</source>
            <translation>Kolom tidak dikenal (diabaikan): {cols}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>line {line}</source>
            <translation>baris {line}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Dry run: nothing was imported; %n row(s) are valid.</source>
            <translation>
                <numerusform>Uji coba: tidak ada yang diimpor; %n baris valid.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Nothing was imported: %n row(s) have problems. Fix them, or use --valid-only to import only the valid rows.</source>
            <translation>
                <numerusform>Tidak ada yang diimpor: %n baris bermasalah. Perbaiki, atau gunakan --valid-only untuk mengimpor baris yang valid saja.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) imported.</source>
            <translation>
                <numerusform>%n baris diimpor.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Template written: {path}</source>
            <translation>Templat ditulis: {path}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give either --period or --from and --to, not both.</source>
            <translation>Berikan --period atau --from dan --to, jangan keduanya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give the period: --period 2026-10, or --from 2026-10-01 --to 2026-10-31.</source>
            <translation>Berikan periodenya: --period 2026-10, atau --from 2026-10-01 --to 2026-10-31.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title}, {period}: written to {path}</source>
            <translation>{title}, {period}: ditulis ke {path}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  Warning: {check}: {count}</source>
            <translation>  Peringatan: {check}: {count}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>CentreDesk: run a social-welfare centre. With no command, the application window opens.</source>
            <translation>CentreDesk: mengelola pusat layanan kesejahteraan sosial. Tanpa perintah, jendela aplikasi akan terbuka.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>database file or SQLAlchemy URL (default: CENTREDESK_DB or the file in your user data folder)</source>
            <translation>file basis data atau URL SQLAlchemy (bawaan: CENTREDESK_DB atau file di folder data pengguna Anda)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>language of messages</source>
            <translation>bahasa pesan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>open every page offscreen on a temporary database, then exit</source>
            <translation>buka setiap halaman di luar layar pada basis data sementara, lalu keluar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>set up a new centre and its first administrator</source>
            <translation>siapkan pusat layanan baru dan administrator pertamanya</translation>
        </message>
        <message>
            <location line="+3" />
            <source>login name of the first administrator</source>
            <translation>nama login administrator pertama</translation>
        </message>
        <message>
            <location line="+6" />
            <source>fill a new training database with realistic demo data</source>
            <translation>isi basis data pelatihan baru dengan data demo yang realistis</translation>
        </message>
        <message>
            <location line="+6" />
            <source>check the schema revision and the database's integrity</source>
            <translation>periksa revisi skema dan integritas basis data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>write a checked backup copy of the database</source>
            <translation>tulis salinan cadangan basis data yang sudah diperiksa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>file or folder (default: the backups folder)</source>
            <translation>file atau folder (bawaan: folder cadangan)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>replace the database with a backup (keeps a copy)</source>
            <translation>ganti basis data dengan cadangan (salinan basis data lama disimpan)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>manage login accounts</source>
            <translation>kelola akun login</translation>
        </message>
        <message>
            <location line="+15" />
            <source>import a CSV (UTF-8) or XLSX file</source>
            <translation>impor file CSV (UTF-8) atau XLSX</translation>
        </message>
        <message>
            <location line="+3" />
            <source>check only, import nothing</source>
            <translation>hanya periksa, jangan impor apa pun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>import the valid rows, skip bad ones</source>
            <translation>impor baris yang valid, lewati baris yang salah</translation>
        </message>
        <message>
            <location line="+3" />
            <source>write an import template (.csv or .xlsx)</source>
            <translation>tulis templat impor (.csv atau .xlsx)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>write a report pack (.xlsx, .pdf or .json)</source>
            <translation>tulis paket laporan (.xlsx, .pdf, atau .json)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>2026-10, 2026-Q3, 2026-H1 or 2026</source>
            <translation>2026-10, 2026-Q3, 2026-H1, atau 2026</translation>
        </message>
        <message>
            <location line="+1" />
            <source>first day (2026-10-01)</source>
            <translation>hari pertama (2026-10-01)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last day, inclusive (2026-10-31)</source>
            <translation>hari terakhir, ikut dihitung (2026-10-31)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>output file: .xlsx, .pdf or .json</source>
            <translation>file keluaran: .xlsx, .pdf, atau .json</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Error: {message}</source>
            <translation>Kesalahan: {message}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Interrupted: nothing more was saved.</source>
            <translation>Dihentikan: tidak ada lagi yang disimpan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Internal error: the details are in {path}</source>
            <translation>Kesalahan internal: rinciannya ada di {path}</translation>
        </message>
    </context>
    <context>
        <name>clients</name>
        <message>
            <location filename="../../desktop/services/households.py" line="+3" />
            <source>Head of household</source>
            <translation>Kepala keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spouse</source>
            <translation>Suami/istri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner</source>
            <translation>Pasangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child</source>
            <translation>Anak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent</source>
            <translation>Orang tua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sibling</source>
            <translation>Saudara kandung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="+71" />
            <source>This field is too long.</source>
            <translation>Isian ini terlalu panjang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The income cannot be negative.</source>
            <translation>Pendapatan tidak boleh negatif.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The registration date is in the future.</source>
            <translation>Tanggal pendaftaran ada di masa mendatang.</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+28" />
            <source>The reference {ref} is already used.</source>
            <translation>Kode referensi {ref} sudah digunakan.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>This household no longer exists (merged or removed).</source>
            <translation>Rumah tangga ini sudah tidak ada (telah digabungkan atau dihapus).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This household's data was erased and cannot be edited.</source>
            <translation>Data rumah tangga ini telah dihapus dan tidak dapat diubah.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../desktop/services/people.py" line="+137" />
            <source>This person no longer exists (merged or removed).</source>
            <translation>Orang ini sudah tidak ada (telah digabungkan atau dihapus).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This person is already a member of the household.</source>
            <translation>Orang ini sudah menjadi anggota rumah tangga tersebut.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+44" />
            <source>The household already has a head: change that member's relationship first.</source>
            <translation>Rumah tangga ini sudah memiliki kepala keluarga: ubah dulu hubungan keluarga anggota tersebut.</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+15" />
            <source>This membership no longer exists.</source>
            <translation>Keanggotaan ini sudah tidak ada.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>The leaving date must be after the joining date.</source>
            <translation>Tanggal keluar harus setelah tanggal bergabung.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/archive_erase.py" line="+43" />
            <source>This household's data was erased.</source>
            <translation>Data rumah tangga ini telah dihapus.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only an archived household can be brought back.</source>
            <translation>Hanya rumah tangga yang diarsipkan yang dapat dipulihkan.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This person's data was erased.</source>
            <translation>Data orang ini telah dihapus.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>This person's data was already erased.</source>
            <translation>Data orang ini sudah dihapus sebelumnya.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This household's data was already erased.</source>
            <translation>Data rumah tangga ini sudah dihapus sebelumnya.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/subject_access.py" line="+157" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Tidak dapat menulis {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" line="-57" />
            <source>Enter the person's given or family name.</source>
            <translation>Masukkan nama depan atau nama keluarga orang tersebut.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A name can have at most 100 characters.</source>
            <translation>Nama paling banyak 100 karakter.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The birth date is in the future.</source>
            <translation>Tanggal lahir ada di masa mendatang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The birth date is before 1900.</source>
            <translation>Tanggal lahir sebelum tahun 1900.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The birth year must be between 1900 and {year}.</source>
            <translation>Tahun lahir harus antara 1900 dan {year}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The phone number is too long.</source>
            <translation>Nomor telepon terlalu panjang.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>This person's data was erased and cannot be edited.</source>
            <translation>Data orang ini telah dihapus dan tidak dapat diubah.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/client_timeline.py" line="+17" />
            <source>(erased)</source>
            <translation>(dihapus)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{service} × {quantity}</source>
            <translation>{service} × {quantity}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{name} joined ({role})</source>
            <translation>{name} bergabung ({role})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} moved out</source>
            <translation>{name} pindah keluar</translation>
        </message>
        <message>
            <location filename="../../desktop/services/client_alerts.py" line="+57" />
            <source>Registration to be renewed since {date}.</source>
            <translation>Pendaftaran perlu diperbarui sejak {date}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No address recorded.</source>
            <translation>Belum ada alamat yang dicatat.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Birth date unknown for: {names}.</source>
            <translation>Tanggal lahir tidak diketahui untuk: {names}.</translation>
        </message>
    </context>
    <context>
        <name>complaints</name>
        <message>
            <location filename="../../desktop/services/complaints.py" line="+46" />
            <source>The text is too long (over {n} characters): shorten it, and attach long documents to the client file instead.</source>
            <translation>Teks terlalu panjang (lebih dari {n} karakter): persingkat, dan lampirkan dokumen panjang ke berkas klien.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>In person</source>
            <translation>Datang langsung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Surat</translation>
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
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Aid not received</source>
            <translation>Bantuan tidak diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aid amount or quality</source>
            <translation>Jumlah atau kualitas bantuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data or DTKS listing</source>
            <translation>Data atau pencatatan di DTKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service or staff conduct</source>
            <translation>Layanan atau sikap petugas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility decision</source>
            <translation>Keputusan kelayakan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open</source>
            <translation>Terbuka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>Sedang diproses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Dirujuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <location line="+74" />
            <source>That person no longer exists.</source>
            <translation>Orang tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That person's data was erased: choose someone else or write the complainant's name.</source>
            <translation>Data orang tersebut telah dihapus: pilih orang lain atau tulis nama pengadu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That household no longer exists.</source>
            <translation>Rumah tangga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household's data was erased: choose another or write the complainant's name.</source>
            <translation>Data rumah tangga tersebut telah dihapus: pilih rumah tangga lain atau tulis nama pengadu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The date {date} is in the future: enter the day it happened.</source>
            <translation>Tanggal {date} berada di masa mendatang: masukkan tanggal kejadiannya.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the type of complaint and how it came in.</source>
            <translation>Pilih jenis pengaduan dan saluran masuknya.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Say who is complaining: choose a registered client or write the complainant's name.</source>
            <translation>Sebutkan siapa yang mengadu: pilih klien terdaftar atau tulis nama pengadu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name or contact is too long (over 200 characters).</source>
            <translation>Nama atau kontak terlalu panjang (lebih dari 200 karakter).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Describe the complaint.</source>
            <translation>Uraikan isi pengaduan.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+107" />
            <source>That complaint no longer exists.</source>
            <translation>Pengaduan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="-93" />
            <source>A complaint that is "{current}" cannot become "{new}".</source>
            <translation>Pengaduan berstatus "{current}" tidak dapat diubah menjadi "{new}".</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An agency is only named when the complaint is referred.</source>
            <translation>Lembaga hanya diisi jika pengaduan dirujuk.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The complaint cannot be closed before it was received ({date}).</source>
            <translation>Pengaduan tidak dapat ditutup sebelum tanggal diterimanya ({date}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write how the complaint was resolved, referred or why it was rejected.</source>
            <translation>Tulis bagaimana pengaduan diselesaikan atau dirujuk, atau alasan penolakannya.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That agency no longer exists.</source>
            <translation>Lembaga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That agency is no longer in use: choose another.</source>
            <translation>Lembaga tersebut sudah tidak digunakan: pilih lembaga lain.</translation>
        </message>
    </context>
    <context>
        <name>complaints_timeline</name>
        <message>
            <location filename="../../desktop/services/complaints_timeline.py" line="+26" />
            <source>Complaint no. {id} received ({channel}): {type}</source>
            <translation>Pengaduan no. {id} diterima ({channel}): {type}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Complaint no. {id}: {status}</source>
            <translation>Pengaduan no. {id}: {status}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>DTKS proposal: {kind}</source>
            <translation>Usulan pemutakhiran DTKS: {kind}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DTKS proposal submitted: {kind}</source>
            <translation>Usulan pemutakhiran DTKS diajukan: {kind}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DTKS proposal ({kind}): {status}</source>
            <translation>Usulan pemutakhiran DTKS ({kind}): {status}</translation>
        </message>
    </context>
    <context>
        <name>complaints_view</name>
        <message>
            <location filename="../../desktop/views/complaints/complaint_dialogs.py" line="+23" />
            <source>New complaint</source>
            <translation>Pengaduan baru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received on</source>
            <translation>Tanggal diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/complaints/complaints_tab.py" line="+42" />
            <source>Came in by</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a registered client, or write the name of the person complaining, or both.</source>
            <translation>Pilih klien terdaftar, atau tulis nama orang yang mengadu, atau keduanya.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registered client</source>
            <translation>Klien terdaftar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (if not registered, or on whose behalf)</source>
            <translation>Nama (jika belum terdaftar, atau atas nama siapa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or address to reply to</source>
            <translation>Telepon atau alamat untuk balasan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of complaint</source>
            <translation>Jenis pengaduan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the complaint?</source>
            <translation>Apa isi pengaduannya?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Complaint no. {id}</source>
            <translation>Pengaduan no. {id}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{type}, received {date} from {who}. Now: {status}.</source>
            <translation>{type}, diterima {date} dari {who}. Saat ini: {status}.</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+74" />
            <source>New status</source>
            <translation>Status baru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed on</source>
            <translation>Tanggal ditutup</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Referred to</source>
            <translation>Dirujuk ke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no agency named)</source>
            <translation>(lembaga tidak disebutkan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it was resolved, referred, or why rejected</source>
            <translation>Cara penyelesaian, rujukan, atau alasan penolakan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/complaints_tab.py" line="-5" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="-44" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+2" />
            <location line="+15" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Jenis</translation>
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
            <translation>Ditutup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation>Pengaduan</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../desktop/views/complaints/window.py" line="+37" />
            <source>Complaints</source>
            <translation>Pengaduan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the complaint, name, contact or reference (Ctrl+F)</source>
            <translation>Cari isi pengaduan, nama, kontak, atau kode referensi (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search complaints</source>
            <translation>Cari pengaduan</translation>
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
            <translation>Terbuka atau sedang diproses</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+1" />
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;ype:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All types</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New complaint…</source>
            <translation>Pengaduan &amp;baru…</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="+9" />
            <source>Change &amp;status…</source>
            <translation>Ubah &amp;status…</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>%n complaint(s)</source>
            <translation>
                <numerusform>%n pengaduan</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>No. {id} · {type} · {status}</source>
            <translation>No. {id} · {type} · {status}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From: {who}</source>
            <translation>Dari: {who}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outcome: {text}</source>
            <translation>Hasil: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up note: {text}</source>
            <translation>Catatan tindak lanjut: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/dtks_tab.py" line="-69" />
            <source>Proposed</source>
            <translation>Diusulkan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Head</source>
            <translation>Kepala keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>Proposal</source>
            <translation>Usulan</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Submitted</source>
            <translation>Diajukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided</source>
            <translation>Diputuskan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location line="-7" />
            <source>New DTKS proposal</source>
            <translation>Usulan pemutakhiran DTKS baru</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Proposed on</source>
            <translation>Tanggal usulan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Find and choose the household first.</source>
            <translation>Cari dan pilih rumah tangga terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>DTKS proposal no. {id}</source>
            <translation>Usulan pemutakhiran DTKS no. {id}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{kind} for {household}, proposed {date}. Now: {status}.</source>
            <translation>{kind} untuk {household}, diusulkan {date}. Saat ini: {status}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+8" />
            <source>DTKS proposals</source>
            <translation>Usulan pemutakhiran DTKS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the reference or reason (Ctrl+F)</source>
            <translation>Cari kode referensi atau alasan (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search DTKS proposals</source>
            <translation>Cari usulan pemutakhiran DTKS</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Proposal:</source>
            <translation>&amp;Usulan:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New proposal…</source>
            <translation>Usulan &amp;baru…</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n usulan</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>No. {id} · {kind} · {household}{head}</source>
            <translation>No. {id} · {kind} · {household}{head}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This proposal is decided: its status cannot change any more.</source>
            <translation>Usulan ini sudah diputuskan: statusnya tidak dapat diubah lagi.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/picker.py" line="+38" />
            <source>(household)</source>
            <translation>(rumah tangga)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Matching clients</source>
            <translation>Klien yang cocok</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type a name, NIK, phone or reference</source>
            <translation>Ketik nama, NIK, telepon, atau kode referensi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a registered client</source>
            <translation>Cari klien terdaftar</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Chosen: {client}</source>
            <translation>Dipilih: {client}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No registered client chosen.</source>
            <translation>Belum ada klien terdaftar yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/complaints/window.py" line="-7" />
            <source>&amp;Complaints</source>
            <translation>&amp;Pengaduan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;DTKS proposals</source>
            <translation>Usulan &amp;DTKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints and DTKS proposals</source>
            <translation>Pengaduan dan usulan pemutakhiran DTKS</translation>
        </message>
    </context>
    <context>
        <name>consents</name>
        <message>
            <location filename="../../desktop/services/consents.py" line="+20" />
            <source>Data processing</source>
            <translation>Pemrosesan data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sharing with an agency</source>
            <translation>Berbagi data dengan lembaga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The consent date cannot be in the future.</source>
            <translation>Tanggal persetujuan tidak boleh di masa mendatang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"Valid until" is before the date the consent was given.</source>
            <translation>"Berlaku hingga" lebih awal daripada tanggal persetujuan diberikan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the agency the person agreed to share with.</source>
            <translation>Pilih lembaga yang disetujui orang tersebut untuk menerima data.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That agency no longer exists.</source>
            <translation>Lembaga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That consent no longer exists.</source>
            <translation>Persetujuan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This consent was already withdrawn.</source>
            <translation>Persetujuan ini sudah ditarik sebelumnya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consent cannot be withdrawn before it was given.</source>
            <translation>Persetujuan tidak dapat ditarik sebelum tanggal diberikan.</translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <location filename="../../desktop/services/dashboard_figures.py" line="+62" />
            <source>No services recorded yet today.</source>
            <translation>Belum ada layanan yang dicatat hari ini.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services recorded today</source>
            <translation>Layanan yang dicatat hari ini</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Food parcels</source>
            <translation>Paket sembako</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Pakaian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food weighed</source>
            <translation>Pangan yang ditimbang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kg} kg</source>
            <translation>{kg} kg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parcels handed out today</source>
            <translation>Paket yang disalurkan hari ini</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This month so far ({start} – {end})</source>
            <translation>Bulan ini sejauh ini ({start} – {end})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last month by the same day</source>
            <translation>Bulan lalu sampai tanggal yang sama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month in full ({month})</source>
            <translation>Bulan lalu seluruhnya ({month})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People served this month</source>
            <translation>Orang yang dilayani bulan ini</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{filled} of {needed} people</source>
            <translation>{filled} dari {needed} orang</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Understaffed shifts today</source>
            <translation>Sif hari ini yang kekurangan petugas</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dashboard/tile.py" line="+26" />
            <source>Needs attention</source>
            <translation>Perlu perhatian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgent</source>
            <translation>Mendesak</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Open {page} (Enter)</source>
            <translation>Buka {page} (Enter)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Open the file</source>
            <translation>Buka file</translation>
        </message>
        <message>
            <location line="+5" />
            <source>…more in the list behind this tile</source>
            <translation>…selebihnya ada di daftar di balik ubin ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>…and more</source>
            <translation>…dan lainnya</translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <location filename="../../desktop/services/uow.py" line="+62" />
            <source>The database is busy: another user or program is saving.</source>
            <translation>Basis data sedang sibuk: pengguna atau program lain sedang menyimpan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wait a moment and try again.</source>
            <translation>Tunggu sebentar lalu coba lagi.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The disk is full: nothing was saved.</source>
            <translation>Disk penuh: tidak ada yang tersimpan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free some space on the disk and save again.</source>
            <translation>Kosongkan sebagian ruang disk lalu simpan lagi.</translation>
        </message>
        <message>
            <location filename="../../desktop/db.py" line="+104" />
            <source>The database file {path} is on a network share.</source>
            <translation>File basis data {path} berada di folder jaringan bersama.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite files can be damaged when opened over a network. Keep the file on this computer's own disk, or ask your administrator to set up a server database (PostgreSQL) for several computers.</source>
            <translation>File SQLite dapat rusak jika dibuka melalui jaringan. Simpan file di disk komputer ini sendiri, atau minta administrator menyiapkan basis data server (PostgreSQL) untuk beberapa komputer.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>An in-memory database cannot be used: give a file path.</source>
            <translation>Basis data dalam memori tidak dapat digunakan: berikan path file.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot create the folder {folder}: {reason}</source>
            <translation>Tidak dapat membuat folder {folder}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../desktop/services/demo.py" line="+108" />
            <source>Only an administrator can fill a training database.</source>
            <translation>Hanya administrator yang dapat mengisi basis data pelatihan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set the centre up first (init), then add the demo data.</source>
            <translation>Siapkan pusat layanan terlebih dahulu (init), lalu tambahkan data demo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The number of households must be between 1 and 200000.</source>
            <translation>Jumlah rumah tangga harus antara 1 dan 200000.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The number of months must be between 1 and 60.</source>
            <translation>Jumlah bulan harus antara 1 dan 60.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database already holds real records ({tables}).</source>
            <translation>Basis data ini sudah berisi data sebenarnya ({tables}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo data is only added to a new, empty database, so it never mixes with real data.</source>
            <translation>Data demo hanya ditambahkan ke basis data baru yang kosong, sehingga tidak pernah tercampur dengan data sebenarnya.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Creating training data</source>
            <translation>Membuat data pelatihan</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <location filename="../../desktop/services/documents.py" line="+50" />
            <source>Proof of income</source>
            <translation>Bukti pendapatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity document</source>
            <translation>Dokumen identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proof of residence</source>
            <translation>Bukti domisili</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The file {name} does not exist.</source>
            <translation>File {name} tidak ada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file is empty.</source>
            <translation>File ini kosong.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file is too large ({size} MB): the limit is {limit} MB.</source>
            <translation>File terlalu besar ({size} MB): batasnya {limit} MB.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scan at a lower resolution or in black and white, then attach it again.</source>
            <translation>Pindai dengan resolusi lebih rendah atau hitam-putih, lalu lampirkan lagi.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only PDF, JPG and PNG files can be attached: this file is none of these.</source>
            <translation>Hanya file PDF, JPG, dan PNG yang dapat dilampirkan: file ini bukan salah satunya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file's name says {ext} but its content is {kind}: rename it or choose the right file.</source>
            <translation>Nama file menunjukkan {ext}, tetapi isinya {kind}: ganti namanya atau pilih file yang benar.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The file changed while it was being copied.</source>
            <translation>File berubah saat sedang disalin.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot save the document: {reason}</source>
            <translation>Tidak dapat menyimpan dokumen: {reason}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The expiry date is before the issue date.</source>
            <translation>Tanggal kedaluwarsa lebih awal daripada tanggal terbit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The issue date cannot be in the future.</source>
            <translation>Tanggal terbit tidak boleh di masa mendatang.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>That document no longer exists.</source>
            <translation>Dokumen tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The scanned file is missing from the documents folder.</source>
            <translation>File pindaian tidak ditemukan di folder dokumen.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Restore the documents folder from a backup.</source>
            <translation>Pulihkan folder dokumen dari cadangan.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>The scanned file has been changed since it was attached.</source>
            <translation>File pindaian telah berubah sejak dilampirkan.</translation>
        </message>
    </context>
    <context>
        <name>dtks</name>
        <message>
            <location filename="../../desktop/services/dtks.py" line="+40" />
            <source>New household</source>
            <translation>Rumah tangga baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correction of data</source>
            <translation>Perbaikan data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deactivation</source>
            <translation>Penonaktifan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>Diajukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Choose what the proposal is for.</source>
            <translation>Pilih jenis usulan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That household no longer exists.</source>
            <translation>Rumah tangga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household's data was erased.</source>
            <translation>Data rumah tangga tersebut telah dihapus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The proposal date cannot be in the future.</source>
            <translation>Tanggal usulan tidak boleh di masa mendatang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the reason for the proposal.</source>
            <translation>Isi alasan usulan.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This household already has an open proposal of this kind (no. {id}): follow that one up instead.</source>
            <translation>Rumah tangga ini sudah memiliki usulan terbuka dengan jenis yang sama (no. {id}): tindak lanjuti usulan tersebut.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+52" />
            <source>That proposal no longer exists.</source>
            <translation>Usulan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="-50" />
            <source>A proposal that is "{current}" cannot become "{new}".</source>
            <translation>Usulan berstatus "{current}" tidak dapat diubah menjadi "{new}".</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date cannot be in the future.</source>
            <translation>Tanggal tidak boleh di masa mendatang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date is before the proposal was made or submitted ({date}).</source>
            <translation>Tanggal ini lebih awal daripada tanggal usulan dibuat atau diajukan ({date}).</translation>
        </message>
    </context>
    <context>
        <name>duplicates</name>
        <message>
            <location filename="../../desktop/services/duplicates.py" line="+60" />
            <source>Same identifier number</source>
            <translation>Nomor identitas sama</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Similar name and same birth date</source>
            <translation>Nama mirip dan tanggal lahir sama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Similar name and same birth year</source>
            <translation>Nama mirip dan tahun lahir sama</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Similar name at the same address</source>
            <translation>Nama mirip di alamat yang sama</translation>
        </message>
    </context>
    <context>
        <name>file_tabs</name>
        <message>
            <location filename="../../desktop/views/casework/tabs.py" line="+13" />
            <source>Assessments</source>
            <translation>Asesmen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referrals</source>
            <translation>Rujukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care plans</source>
            <translation>Rencana intervensi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Services</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/clients/overview_tab.py" line="+15" />
            <source>Overview</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/clients/timeline_tab.py" line="+15" />
            <source>Timeline</source>
            <translation>Linimasa</translation>
        </message>
        <message>
            <location filename="../../desktop/views/stock/parcels_tab.py" line="+33" />
            <source>Parcels</source>
            <translation>Paket</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <location filename="../../desktop/services/health.py" line="+29" />
            <source>Database: {path}</source>
            <translation>Basis data: {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>schema revision {rev} (current)</source>
            <translation>revisi skema {rev} (terbaru)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no schema revision: not a CentreDesk database, or never set up</source>
            <translation>tidak ada revisi skema: bukan basis data CentreDesk, atau belum pernah disiapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>schema revision {rev}, this version expects {head}: start the app or run any command to upgrade</source>
            <translation>revisi skema {rev}, versi ini memerlukan {head}: jalankan aplikasi atau perintah apa pun untuk memperbarui</translation>
        </message>
        <message>
            <location line="+9" />
            <source>journal mode {mode}</source>
            <translation>mode jurnal {mode}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>integrity check</source>
            <translation>pemeriksaan integritas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>integrity check: {detail}</source>
            <translation>pemeriksaan integritas: {detail}</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>foreign keys: %n broken reference(s), first in table {table}</source>
            <translation>
                <numerusform>kunci asing: %n rujukan rusak, yang pertama di tabel {table}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>foreign keys</source>
            <translation>kunci asing</translation>
        </message>
        <message>
            <location line="+3" />
            <source>audit log is append-only</source>
            <translation>log audit hanya dapat ditambah</translation>
        </message>
        <message>
            <location line="+2" />
            <source>audit log protection triggers are missing</source>
            <translation>trigger perlindungan log audit tidak ada</translation>
        </message>
    </context>
    <context>
        <name>identifiers</name>
        <message>
            <location filename="../../desktop/services/identifiers.py" line="+22" />
            <source>A {kind} has 16 digits.</source>
            <translation>{kind} terdiri dari 16 digit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A {kind} has 11 digits.</source>
            <translation>{kind} terdiri dari 11 digit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A {kind} may contain digits only.</source>
            <translation>{kind} hanya boleh berisi angka.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The check digit does not match: a digit is probably mistyped.</source>
            <translation>Digit pemeriksa tidak cocok: kemungkinan ada angka yang salah ketik.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date or region coded in the number is not possible.</source>
            <translation>Tanggal atau kode wilayah dalam nomor ini tidak mungkin.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The number is not valid.</source>
            <translation>Nomor ini tidak valid.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the identifier type for the number you entered.</source>
            <translation>Pilih jenis identitas untuk nomor yang Anda masukkan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the identifier number, or choose "none".</source>
            <translation>Masukkan nomor identitas, atau pilih "tidak ada".</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This PESEL is not valid: {reason}</source>
            <translation>PESEL ini tidak valid: {reason}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This NIK is not valid: {reason}</source>
            <translation>NIK ini tidak valid: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A social security number has 9 digits.</source>
            <translation>Nomor jaminan sosial terdiri dari 9 digit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The identifier is too long (at most 40 characters).</source>
            <translation>Nomor identitas terlalu panjang (paling banyak 40 karakter).</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <location filename="../../desktop/services/import_households.py" line="+72" />
            <location filename="../../desktop/services/import_services.py" line="+94" />
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Tulis tanggal dengan format YYYY-MM-DD.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The household reference is missing.</source>
            <translation>Kode referensi rumah tangga belum diisi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The household reference is too long.</source>
            <translation>Kode referensi rumah tangga terlalu panjang.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use F, M, X or U.</source>
            <translation>Gunakan F, M, X, atau U.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write the birth date as YYYY-MM-DD or YYYY.</source>
            <translation>Tulis tanggal lahir dengan format YYYY-MM-DD atau YYYY.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+8" />
            <source>Use one of: {values}.</source>
            <translation>Gunakan salah satu dari: {values}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write the income as a number, e.g. 1250.50.</source>
            <translation>Tulis penghasilan sebagai angka, mis. 1250.50.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Line {line} gives another value for the same household.</source>
            <translation>Baris {line} memberi nilai lain untuk rumah tangga yang sama.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line {line} is already the head of this household.</source>
            <translation>Baris {line} sudah menjadi kepala keluarga rumah tangga ini.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household {ref} already has a head.</source>
            <translation>Rumah tangga {ref} sudah memiliki kepala keluarga.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The same number is on line {line}.</source>
            <translation>Nomor yang sama ada di baris {line}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Importing households</source>
            <translation>Mengimpor rumah tangga</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>%n household(s) created.</source>
            <translation>
                <numerusform>%n rumah tangga dibuat.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Line {line}: same identifier as person #{id} already registered.</source>
            <translation>Baris {line}: nomor identitas sama dengan orang #{id} yang sudah terdaftar.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Line {line}: similar name and same birth date as person #{id}.</source>
            <translation>Baris {line}: nama mirip dan tanggal lahir sama dengan orang #{id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/importing.py" line="+112" />
            <source>Unknown import type {kind}: choose one of {choices}.</source>
            <translation>Jenis impor {kind} tidak dikenal: pilih salah satu dari {choices}.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The file is not in UTF-8 text (problem at byte {pos}).</source>
            <translation>File bukan teks UTF-8 (masalah pada byte {pos}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Excel or LibreOffice choose Save as, then "CSV UTF-8 (comma delimited)".</source>
            <translation>Di Excel atau LibreOffice pilih Simpan Sebagai (Save as), lalu "CSV UTF-8 (comma delimited)".</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file could not be read as an Excel workbook ({reason}).</source>
            <translation>File tidak dapat dibaca sebagai buku kerja Excel ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open it in Excel or LibreOffice and save it again as .xlsx or CSV UTF-8.</source>
            <translation>Buka file di Excel atau LibreOffice, lalu simpan kembali sebagai .xlsx atau CSV UTF-8.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file {path} does not exist.</source>
            <translation>File {path} tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is too large (over 200 MB): split it into smaller files.</source>
            <translation>File terlalu besar (lebih dari 200 MB): bagi menjadi beberapa file yang lebih kecil.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a .csv (UTF-8) or .xlsx file.</source>
            <translation>Pilih file .csv (UTF-8) atau .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file is empty: it needs a header row.</source>
            <translation>File kosong: file harus memiliki baris judul.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Required column is missing.</source>
            <translation>Kolom wajib tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The column appears more than once.</source>
            <translation>Kolom muncul lebih dari satu kali.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checking rows</source>
            <translation>Memeriksa baris</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The row has more cells than the header.</source>
            <translation>Baris memiliki lebih banyak sel daripada baris judul.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Tidak dapat menulis {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/import_services.py" line="-48" />
            <source>Not a number: {value}.</source>
            <translation>Bukan angka: {value}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Must be more than zero.</source>
            <translation>Harus lebih dari nol.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be negative.</source>
            <translation>Tidak boleh negatif.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The date is in the future.</source>
            <translation>Tanggal berada di masa depan.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The household reference is empty.</source>
            <translation>Kode referensi rumah tangga kosong.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No household has the reference {ref}.</source>
            <translation>Tidak ada rumah tangga dengan kode referensi {ref}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown service type {code}: use one of {codes}.</source>
            <translation>Jenis layanan {code} tidak dikenal: gunakan salah satu dari {codes}.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Unknown programme {name}; the programmes are: {known}. Add it first, or fix the name.</source>
            <translation>Program {name} tidak dikenal; program yang ada: {known}. Tambahkan program tersebut dahulu, atau perbaiki namanya.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nobody called {name} lived in household {ref} on {date}.</source>
            <translation>Tidak ada orang bernama {name} yang tinggal di rumah tangga {ref} pada {date}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>More than one member of household {ref} is called {name}: give both names.</source>
            <translation>Lebih dari satu anggota rumah tangga {ref} bernama {name}: isi nama depan dan nama keluarga.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Importing services</source>
            <translation>Mengimpor layanan</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <location filename="../../desktop/services/intake.py" line="+65" />
            <source>Add at least one member.</source>
            <translation>Tambahkan paling sedikit satu anggota.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A person without a household is registered on their own: enter one member only.</source>
            <translation>Orang tanpa rumah tangga didaftarkan sendiri: masukkan satu anggota saja.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose exactly one head of household.</source>
            <translation>Pilih tepat satu kepala keluarga.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Member {n}: {problem}</source>
            <translation>Anggota {n}: {problem}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Needs noted at intake.</source>
            <translation>Kebutuhan yang dicatat saat pendaftaran.</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <location filename="../../desktop/services/merge.py" line="+66" />
            <source>Choose two different people to merge.</source>
            <translation>Pilih dua orang yang berbeda untuk digabungkan.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+47" />
            <source>An erased record cannot be merged.</source>
            <translation>Data yang sudah dihapus tidak dapat digabungkan.</translation>
        </message>
        <message>
            <location line="-44" />
            <source>The two people have different identifier numbers: they are probably not the same person.</source>
            <translation>Kedua orang memiliki nomor identitas yang berbeda: kemungkinan mereka bukan orang yang sama.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Choose two different households to merge.</source>
            <translation>Pilih dua rumah tangga yang berbeda untuk digabungkan.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../desktop/views/messages.py" line="+79" />
            <source>Cannot do that</source>
            <translation>Tidak dapat melakukannya</translation>
        </message>
    </context>
    <context>
        <name>navigation</name>
        <message>
            <location filename="../../desktop/views/navigation.py" line="+50" />
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients</source>
            <translation>Klien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rosters</source>
            <translation>Jadwal piket</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shelter</source>
            <translation>Rumah singgah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administration</source>
            <translation>Administrasi</translation>
        </message>
    </context>
    <context>
        <name>needs</name>
        <message>
            <location filename="../../desktop/services/profiles.py" line="+66" />
            <source>Food insecurity</source>
            <translation>Kerawanan pangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Housing / homelessness</source>
            <translation>Perumahan / tunawisma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income / debt</source>
            <translation>Pendapatan / utang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unemployment</source>
            <translation>Pengangguran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health</source>
            <translation>Kesehatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental health</source>
            <translation>Kesehatan jiwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addiction</source>
            <translation>Kecanduan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domestic violence</source>
            <translation>Kekerasan dalam rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Childcare</source>
            <translation>Pengasuhan anak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Elderly care</source>
            <translation>Perawatan lansia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal</source>
            <translation>Hukum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education / training</source>
            <translation>Pendidikan / pelatihan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Migration / documents</source>
            <translation>Migrasi / dokumen</translation>
        </message>
    </context>
    <context>
        <name>notes</name>
        <message>
            <location filename="../../desktop/services/case_notes.py" line="+51" />
            <source>Write the note first.</source>
            <translation>Tulis catatannya terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The note is too long (over {n} characters): split it.</source>
            <translation>Catatan terlalu panjang (lebih dari {n} karakter): bagi menjadi beberapa catatan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The note's date cannot be in the future.</source>
            <translation>Tanggal catatan tidak boleh di masa depan.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That note no longer exists.</source>
            <translation>Catatan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This note is sealed: only the caseworkers on the case and coordinators can read it.</source>
            <translation>Catatan ini rahasia: hanya pekerja sosial yang menangani kasus ini dan koordinator yang dapat membacanya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ask a coordinator to put you on the case.</source>
            <translation>Mintalah koordinator untuk memasukkan Anda ke kasus ini.</translation>
        </message>
    </context>
    <context>
        <name>pdf</name>
        <message>
            <location filename="../../desktop/reports/pdf_common.py" line="+93" />
            <source>Printed {when}</source>
            <translation>Dicetak {when}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Page {page} of {pages}</source>
            <translation>Halaman {page} dari {pages}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot write the PDF file: {reason}</source>
            <translation>Tidak dapat menulis file PDF: {reason}</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <location filename="../../desktop/services/permissions.py" line="+96" />
            <source>Your role ({role}) may not do this.</source>
            <translation>Peran Anda ({role}) tidak diizinkan melakukan ini.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask a coordinator or the administrator.</source>
            <translation>Hubungi koordinator atau administrator.</translation>
        </message>
    </context>
    <context>
        <name>placeholders</name>
        <message>
            <location filename="../../desktop/views/placeholder.py" line="+17" />
            <source>Clients</source>
            <translation>Klien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a household in seconds, register households and people, record visits and parcels, consents, assessments, case notes, referrals and care plans.</source>
            <translation>Temukan rumah tangga dalam hitungan detik, daftarkan rumah tangga dan orang, catat kunjungan dan paket, persetujuan, asesmen kebutuhan, catatan kasus, rujukan, dan rencana intervensi.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receive donations, count stock, hand out parcels first-expiry-first-out and write off expired items.</source>
            <translation>Terima donasi, lakukan stok opname, salurkan paket dengan prinsip kedaluwarsa pertama keluar pertama, dan hapusbukukan barang kedaluwarsa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rosters</source>
            <translation>Jadwal piket</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff and volunteer register, shifts with clash checks, credentials with expiry, signing in and out.</source>
            <translation>Daftar staf dan relawan, sif dengan pemeriksaan bentrok, sertifikat dengan masa berlaku, absen masuk dan keluar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programmes with eligibility rules, enrolments, waitlists and document checklists.</source>
            <translation>Program dengan aturan kelayakan, pendaftaran peserta, daftar tunggu, dan daftar periksa dokumen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Shelter</source>
            <translation>Rumah singgah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rooms and beds, check-in and check-out, the nightly roll call and the waitlist.</source>
            <translation>Kamar dan tempat tidur, check-in dan check-out, apel malam, dan daftar tunggu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The monthly report, your country's report pack and impact analysis, in Excel, PDF and JSON.</source>
            <translation>Laporan bulanan, paket laporan negara Anda, dan analisis dampak, dalam Excel, PDF, dan JSON.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This part of CentreDesk arrives in a later version.</source>
            <translation>Bagian CentreDesk ini akan tersedia di versi berikutnya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It will let you: {what}</source>
            <translation>Fitur ini akan memungkinkan Anda: {what}</translation>
        </message>
    </context>
    <context>
        <name>profiles</name>
        <message>
            <location filename="../../desktop/services/profiles.py" line="+22" />
            <source>Poland</source>
            <translation>Polandia</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Indonesia</source>
            <translation>Indonesia</translation>
        </message>
        <message>
            <location line="+12" />
            <source>United States</source>
            <translation>Amerika Serikat</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Generic (any country)</source>
            <translation>Umum (negara mana pun)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/setup/profile_text.py" line="+13" />
            <source>grounds for assistance of art. 7 of the Social Assistance Act</source>
            <translation>dasar pemberian bantuan menurut pasal 7 Undang-Undang Bantuan Sosial Polandia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PMKS categories (Penyandang Masalah Kesejahteraan Sosial)</source>
            <translation>kategori PMKS (Penyandang Masalah Kesejahteraan Sosial)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>general list of needs</source>
            <translation>daftar kebutuhan umum</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PESEL (checked)</source>
            <translation>PESEL (diperiksa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NIK (checked) and KK family-card number</source>
            <translation>NIK (diperiksa) dan nomor Kartu Keluarga (KK)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSN</source>
            <translation>SSN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other document</source>
            <translation>dokumen lain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>locality</source>
            <translation>kota/desa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>postcode</source>
            <translation>kode pos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address line</source>
            <translation>baris alamat</translation>
        </message>
        <message>
            <location line="+7" />
            <source>district</source>
            <translation>distrik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region</source>
            <translation>wilayah</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Needs list: {taxonomy}, %n categories, e.g. {examples}…</source>
            <translation>
                <numerusform>Daftar kebutuhan: {taxonomy}, %n kategori, mis. {examples}…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal identifier: {ids}</source>
            <translation>Identitas pribadi: {ids}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Address: {fields}</source>
            <translation>Alamat: {fields}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Currency: {currency}</source>
            <translation>Mata uang: {currency}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays: {country}</source>
            <translation>Hari libur nasional: {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none (add your own)</source>
            <translation>tidak ada (tambahkan sendiri)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every list stays editable after set-up.</source>
            <translation>Semua daftar tetap dapat diubah setelah penyiapan.</translation>
        </message>
    </context>
    <context>
        <name>referral_letter</name>
        <message>
            <location filename="../../desktop/reports/referral_letter.py" line="+17" />
            <source>Referral letter</source>
            <translation>Surat rujukan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attn: {name}</source>
            <translation>U.p.: {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tracking number</source>
            <translation>Nomor pelacakan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To</source>
            <translation>Kepada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Person referred</source>
            <translation>Orang yang dirujuk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity number</source>
            <translation>Nomor identitas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only the details the person agreed to share with your organisation are given.</source>
            <translation>Hanya data yang disetujui orang tersebut untuk dibagikan kepada lembaga Anda yang dicantumkan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service requested</source>
            <translation>Layanan yang diminta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason for referral</source>
            <translation>Alasan rujukan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Please quote the tracking number {number} in any reply.</source>
            <translation>Mohon cantumkan nomor pelacakan {number} dalam setiap balasan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>We will contact you about this referral on or after {date}.</source>
            <translation>Kami akan menghubungi Anda mengenai rujukan ini pada atau setelah {date}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Caseworker: {name}</source>
            <translation>Pekerja sosial: {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signature</source>
            <translation>Tanda tangan</translation>
        </message>
    </context>
    <context>
        <name>referrals</name>
        <message>
            <location filename="../../desktop/services/referrals.py" line="+40" />
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Dikirim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <location line="+56" />
            <source>That agency no longer exists.</source>
            <translation>Lembaga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That agency is no longer in use: choose another.</source>
            <translation>Lembaga tersebut sudah tidak digunakan: pilih lembaga lain.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say which service the person is referred for.</source>
            <translation>Sebutkan layanan yang menjadi tujuan rujukan orang ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the reason for the referral.</source>
            <translation>Berikan alasan rujukan.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+65" />
            <source>The follow-up date is before the referral date.</source>
            <translation>Tanggal tindak lanjut lebih awal dari tanggal rujukan.</translation>
        </message>
        <message>
            <location line="-50" />
            <location line="+82" />
            <source>That referral no longer exists.</source>
            <translation>Rujukan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="-68" />
            <source>A referral that is "{current}" cannot become "{new}".</source>
            <translation>Rujukan berstatus "{current}" tidak dapat diubah menjadi "{new}".</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible next steps: {allowed}.</source>
            <translation>Langkah berikutnya yang mungkin: {allowed}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date is before the referral was made.</source>
            <translation>Tanggal tersebut lebih awal dari tanggal rujukan dibuat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date cannot be in the future.</source>
            <translation>Tanggal tidak boleh di masa depan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The referral cannot be sent: the person has no consent in force on {date} to share their details with this agency.</source>
            <translation>Rujukan tidak dapat dikirim: orang ini tidak memiliki persetujuan yang berlaku pada {date} untuk membagikan datanya kepada lembaga ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the person's consent to share with this agency (Consents tab), then send the referral.</source>
            <translation>Catat persetujuan orang ini untuk berbagi data dengan lembaga ini (tab Persetujuan), lalu kirim rujukannya.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referral_letter.py" line="+54" />
            <source>The letter cannot be printed: the person has no consent in force on {date} to share their details with this agency.</source>
            <translation>Surat tidak dapat dicetak: orang ini tidak memiliki persetujuan yang berlaku pada {date} untuk membagikan datanya kepada lembaga ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the person's consent to share with this agency (Consents tab) first.</source>
            <translation>Catat terlebih dahulu persetujuan orang ini untuk berbagi data dengan lembaga ini (tab Persetujuan).</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../desktop/services/reporting.py" line="+59" />
            <location line="+8" />
            <source>Choose a file ending in .xlsx, .pdf or .json.</source>
            <translation>Pilih file berakhiran .xlsx, .pdf, atau .json.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} is open in another program, so it cannot be replaced.</source>
            <translation>{name} sedang dibuka di program lain, jadi tidak dapat ditimpa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close it there, or choose another file name, and export again.</source>
            <translation>Tutup berkas itu di sana, atau pilih nama berkas lain, lalu ekspor lagi.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unknown data-quality check {check}.</source>
            <translation>Pemeriksaan kualitas data {check} tidak dikenal.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The list of people is written as an .xlsx file.</source>
            <translation>Daftar orang ditulis sebagai file .xlsx.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/households.py" line="+37" />
            <location line="+11" />
            <location filename="../../desktop/reports/sections/us_tefap.py" line="+28" />
            <source>Households served</source>
            <translation>Rumah tangga yang dilayani</translation>
        </message>
        <message>
            <location line="-10" />
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+116" />
            <location filename="../../desktop/reports/sections/people.py" line="+62" />
            <location filename="../../desktop/reports/sections/pl_mrpips.py" line="+79" />
            <location filename="../../desktop/reports/sections/us_tefap.py" line="+9" />
            <location filename="../../desktop/reports/sections/volunteers.py" line="+16" />
            <source>Figure</source>
            <translation>Angka</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop/reports/sections/services.py" line="+64" />
            <source>Households</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households served (unduplicated)</source>
            <translation>Rumah tangga yang dilayani (tanpa duplikasi)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/sections/people.py" line="+2" />
            <source>New this period</source>
            <translation>Baru pada periode ini</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/sections/people.py" line="+1" />
            <source>Returning</source>
            <translation>Lama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>With children under 18</source>
            <translation>Dengan anak di bawah 18 tahun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A household with children has a member under 18 on its first service date in the period.</source>
            <translation>Rumah tangga dengan anak adalah rumah tangga yang memiliki anggota berusia di bawah 18 tahun pada tanggal layanan pertamanya dalam periode.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+13" />
            <location filename="../../desktop/reports/sections/referrals.py" line="+44" />
            <source>No agency type</source>
            <translation>Tanpa jenis lembaga</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/referrals.py" line="+2" />
            <location line="+11" />
            <source>Referrals</source>
            <translation>Rujukan</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Referrals by status</source>
            <translation>Rujukan menurut status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Referrals made</source>
            <translation>Rujukan yang dibuat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referrals sent in the period, with their status today.</source>
            <translation>Rujukan yang dikirim dalam periode, dengan statusnya hari ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Referrals by agency type</source>
            <translation>Rujukan menurut jenis lembaga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency type</source>
            <translation>Jenis lembaga</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="-44" />
            <location line="+14" />
            <location filename="../../desktop/reports/sections/people.py" line="+4" />
            <location line="+4" />
            <location filename="../../desktop/reports/sections/referrals.py" line="+1" />
            <location filename="../../desktop/reports/sections/services.py" line="-4" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/services.py" line="+2" />
            <location line="+7" />
            <location line="+2" />
            <source>Services by type</source>
            <translation>Layanan menurut jenis</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Service type</source>
            <translation>Jenis layanan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Services</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/people.py" line="-14" />
            <location filename="../../desktop/reports/sections/services.py" line="+0" />
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/services.py" line="+3" />
            <source>People and households are counted once per type; a person served with two types appears in both.</source>
            <translation>Orang dan rumah tangga dihitung satu kali per jenis; orang yang menerima dua jenis layanan muncul di keduanya.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/food.py" line="+113" />
            <source>Food parcels recorded without stock lines</source>
            <translation>Paket sembako yang dicatat tanpa baris stok</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Food total</source>
            <translation>Total pangan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Items distributed by category</source>
            <translation>Barang yang disalurkan menurut kategori</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/sections/stock.py" line="+63" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Items (units)</source>
            <translation>Barang (unit)</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>Weight (kg)</source>
            <translation>Berat (kg)</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Items without weight</source>
            <translation>Barang tanpa berat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Items without a unit weight are counted in units, not in kg.</source>
            <translation>Barang tanpa berat per unit dihitung dalam unit, bukan dalam kg.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>Food distributed per month (kg)</source>
            <translation>Pangan yang disalurkan per bulan (kg)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Food and items distributed</source>
            <translation>Pangan dan barang yang disalurkan</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/volunteers.py" line="-1" />
            <location line="+7" />
            <source>Staff and volunteers</source>
            <translation>Staf dan relawan</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+17" />
            <location filename="../../desktop/reports/sections/pl_mrpips.py" line="+0" />
            <location filename="../../desktop/reports/sections/us_tefap.py" line="+0" />
            <location filename="../../desktop/reports/sections/volunteers.py" line="-6" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/volunteers.py" line="+1" />
            <source>People who worked shifts</source>
            <translation>Orang yang bertugas dalam sif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours worked</source>
            <translation>Jam kerja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-shows</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed-in time on completed shift assignments.</source>
            <translation>Waktu tercatat masuk pada penugasan sif yang sudah selesai.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/us_tefap.py" line="-11" />
            <source>Households with minor children (under 18)</source>
            <translation>Rumah tangga dengan anak di bawah umur (di bawah 18 tahun)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households without minor children</source>
            <translation>Rumah tangga tanpa anak di bawah umur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Persons of unknown age</source>
            <translation>Orang yang usianya tidak diketahui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Persons aged {band}</source>
            <translation>Orang berusia {band}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total persons</source>
            <translation>Total orang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food distributed (kg)</source>
            <translation>Pangan yang disalurkan (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food distributed (lb)</source>
            <translation>Pangan yang disalurkan (lb)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEFAP monthly figures</source>
            <translation>Angka bulanan TEFAP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pounds = kilograms x 2.20462.</source>
            <translation>Pound = kilogram x 2,20462.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>TEFAP figures</source>
            <translation>Angka TEFAP</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/pl_mrpips.py" line="-32" />
            <source>Form of aid</source>
            <translation>Bentuk bantuan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Persons assisted</source>
            <translation>Orang yang dibantu</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Families</source>
            <translation>Keluarga</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+27" />
            <source>Persons in families</source>
            <translation>Orang dalam keluarga</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Total (unduplicated)</source>
            <translation>Total (tanpa duplikasi)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Assistance by form of aid</source>
            <translation>Bantuan menurut bentuk bantuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Families are households; persons in families are the household's members on its first service date in the period.</source>
            <translation>Keluarga adalah rumah tangga; orang dalam keluarga adalah anggota rumah tangga pada tanggal layanan pertamanya dalam periode.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Families by ground for assistance (art. 7)</source>
            <translation>Keluarga menurut dasar pemberian bantuan (pasal 7)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ground</source>
            <translation>Dasar bantuan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grounds come from needs assessments dated on or before the end of the period; a family may have several grounds.</source>
            <translation>Dasar bantuan diambil dari asesmen kebutuhan yang bertanggal pada atau sebelum akhir periode; satu keluarga dapat memiliki beberapa dasar bantuan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rural areas and staff</source>
            <translation>Daerah perdesaan dan staf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Families in rural areas</source>
            <translation>Keluarga di daerah perdesaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Persons in rural families</source>
            <translation>Orang dalam keluarga perdesaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff (headcount)</source>
            <translation>Staf (jumlah orang)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteers (headcount)</source>
            <translation>Relawan (jumlah orang)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Based on the MRPiPS-03 statistical report; the official form's layout could not be checked.</source>
            <translation>Berdasarkan laporan statistik MRPiPS-03; tata letak formulir resminya belum dapat diperiksa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Based on MRPiPS-03</source>
            <translation>Berdasarkan MRPiPS-03</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/people.py" line="-40" />
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not recorded</source>
            <translation>Tidak dicatat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unknown age</source>
            <translation>Usia tidak diketahui</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/people_list.py" line="+65" />
            <location filename="../../desktop/reports/sections/people.py" line="+34" />
            <location line="+15" />
            <source>People served</source>
            <translation>Orang yang dilayani</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/people.py" line="-13" />
            <source>People served (unduplicated)</source>
            <translation>Orang yang dilayani (tanpa duplikasi)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>People by age band</source>
            <translation>Orang menurut kelompok usia</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Age band</source>
            <translation>Kelompok usia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age on the date of the person's first service in the period.</source>
            <translation>Usia pada tanggal layanan pertama orang tersebut dalam periode.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People by sex</source>
            <translation>Orang menurut jenis kelamin</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/people_list.py" line="-15" />
            <location filename="../../desktop/reports/sections/people.py" line="+0" />
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/id_slrt.py" line="+0" />
            <source>Visitors</source>
            <translation>Pengunjung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visitors served (persons, unduplicated)</source>
            <translation>Pengunjung yang dilayani (orang, tanpa duplikasi)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New visitors</source>
            <translation>Pengunjung baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits (services recorded)</source>
            <translation>Kunjungan (layanan yang dicatat)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Households registered</source>
            <translation>Rumah tangga terdaftar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Referrals by destination and status</source>
            <translation>Rujukan menurut tujuan dan status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+51" />
            <source>Referred</source>
            <translation>Dirujuk</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Complaints by type and resolution</source>
            <translation>Pengaduan menurut jenis dan penyelesaian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of complaint</source>
            <translation>Jenis pengaduan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Received in the period</source>
            <translation>Diterima dalam periode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Rejected</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Still open at the end of the period</source>
            <translation>Masih terbuka pada akhir periode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received = received in the period. Resolved, referred and rejected = closed that way in the period, whenever received. Still open = received by the end of the period and not closed by then.</source>
            <translation>Diterima = diterima dalam periode. Selesai, dirujuk, dan ditolak = ditutup dengan status tersebut dalam periode, kapan pun diterimanya. Masih terbuka = diterima paling lambat akhir periode dan belum ditutup hingga saat itu.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>DTKS update proposals</source>
            <translation>Usulan pemutakhiran DTKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposal</source>
            <translation>Usulan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Proposed in the period</source>
            <translation>Diusulkan dalam periode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>Diajukan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Accepted</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each column counts what happened in the period: proposals made, submitted, and decided (accepted or rejected).</source>
            <translation>Setiap kolom menghitung kejadian dalam periode: usulan yang dibuat, diajukan, dan diputuskan (diterima atau ditolak).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Complaints (pengaduan) received</source>
            <translation>Pengaduan yang diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DTKS update proposals made (new / correction / deactivation)</source>
            <translation>Usulan pemutakhiran DTKS yang dibuat (baru / perbaikan / penonaktifan)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Served</source>
            <translation>Terlayani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unresolved</source>
            <translation>Belum terselesaikan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Referred = sent or accepted; served = completed; unresolved = declined or no-show.</source>
            <translation>Dirujuk = dikirim atau diterima; terlayani = selesai; belum terselesaikan = ditolak atau tidak hadir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Persons served by PMKS category</source>
            <translation>Orang yang dilayani menurut kategori PMKS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PMKS category</source>
            <translation>Kategori PMKS</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Persons</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From needs assessments dated on or before the end of the period; a person may be in several categories.</source>
            <translation>Dari asesmen kebutuhan yang bertanggal pada atau sebelum akhir periode; satu orang dapat masuk beberapa kategori.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>SLRT monthly report</source>
            <translation>Laporan bulanan SLRT</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections/stock.py" line="-1" />
            <source>Stock by category (units)</source>
            <translation>Stok menurut kategori (unit)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening</source>
            <translation>Awal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distributed</source>
            <translation>Disalurkan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adjusted</source>
            <translation>Disesuaikan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closing</source>
            <translation>Akhir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adjusted includes write-offs and count differences; transfers between places are not shown.</source>
            <translation>Disesuaikan mencakup penghapusbukuan dan selisih stok opname; pemindahan antarlokasi tidak ditampilkan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/json_export.py" line="+33" />
            <location filename="../../desktop/reports/people_list.py" line="+18" />
            <location filename="../../desktop/reports/xlsx.py" line="+167" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Tidak dapat menulis {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/people_list.py" line="-19" />
            <source>Person id</source>
            <translation>ID orang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Family name</source>
            <translation>Nama keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Nama depan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Birth date</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>Usia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First service in period</source>
            <translation>Layanan pertama dalam periode</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New or returning</source>
            <translation>Baru atau lama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new</source>
            <translation>baru</translation>
        </message>
        <message>
            <location line="+0" />
            <source>returning</source>
            <translation>lama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the list of people</source>
            <translation>Menulis daftar orang</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/packs.py" line="+34" />
            <source>Monthly report</source>
            <translation>Laporan bulanan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Report based on MRPiPS-03</source>
            <translation>Laporan berdasarkan MRPiPS-03</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Puskesos / SLRT monthly report</source>
            <translation>Laporan bulanan Puskesos / SLRT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>TEFAP monthly report</source>
            <translation>Laporan bulanan TEFAP</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown report {pack}: choose one of {choices}.</source>
            <translation>Laporan {pack} tidak dikenal: pilih salah satu dari {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/quality.py" line="+85" />
            <source>People served without a birth date</source>
            <translation>Orang yang dilayani tanpa tanggal lahir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People served without sex recorded</source>
            <translation>Orang yang dilayani tanpa jenis kelamin tercatat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Services without a programme</source>
            <translation>Layanan tanpa program</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Services without a household or person</source>
            <translation>Layanan tanpa rumah tangga atau orang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Households served without an address</source>
            <translation>Rumah tangga yang dilayani tanpa alamat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Food items given without a unit weight</source>
            <translation>Barang pangan yang diberikan tanpa berat per unit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Food parcels recorded without a weight</source>
            <translation>Paket sembako yang dicatat tanpa berat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shifts signed in but never signed out</source>
            <translation>Sif yang tercatat masuk tetapi tidak pernah tercatat keluar</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/xlsx.py" line="-50" />
            <source>Centre</source>
            <translation>Pusat layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated by</source>
            <translation>Dibuat oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated at</source>
            <translation>Dibuat pada</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/pdf.py" line="+91" />
            <location filename="../../desktop/reports/xlsx.py" line="+9" />
            <source>Data-quality warnings</source>
            <translation>Peringatan kualitas data</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/reports/xlsx.py" line="+1" />
            <source>Check</source>
            <translation>Pemeriksaan</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop/reports/xlsx.py" line="+0" />
            <source>Records</source>
            <translation>Jumlah data</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/xlsx.py" line="+2" />
            <source>Records with missing data are still counted; fix them for better figures.</source>
            <translation>Data yang tidak lengkap tetap dihitung; lengkapi data tersebut agar angkanya lebih baik.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/periods.py" line="+21" />
            <source>The period ends before it starts.</source>
            <translation>Tanggal akhir periode lebih awal dari tanggal mulainya.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Unknown period {text}: use 2026-10, 2026-Q3, 2026-H1 or 2026.</source>
            <translation>Periode {text} tidak dikenal: gunakan 2026-10, 2026-Q3, 2026-H1, atau 2026.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Dates must look like 2026-10-31.</source>
            <translation>Tanggal harus ditulis seperti 2026-10-31.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/pdf.py" line="-6" />
            <source>Period: {period}</source>
            <translation>Periode: {period}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated by {who} on {when}</source>
            <translation>Dibuat oleh {who} pada {when}</translation>
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
            <translation>Koordinator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caseworker</source>
            <translation>Pekerja sosial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Front desk</source>
            <translation>Meja layanan depan</translation>
        </message>
    </context>
    <context>
        <name>rosters</name>
        <message>
            <location filename="../../desktop/services/rosters/assignments.py" line="+31" />
            <location filename="../../desktop/services/rosters/clashes.py" line="+132" />
            <location filename="../../desktop/services/rosters/register.py" line="+115" />
            <source>That person is no longer on the register.</source>
            <translation>Orang tersebut sudah tidak terdaftar lagi.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/register.py" line="+6" />
            <source>Enter the person's name.</source>
            <translation>Masukkan nama orang tersebut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The maximum hours per week must be between 0 and 168.</source>
            <translation>Jam maksimum per minggu harus antara 0 dan 168.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The e-mail address needs an @.</source>
            <translation>Alamat e-mail harus memuat tanda @.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That login no longer exists.</source>
            <translation>Nama login tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That login already belongs to another person on the register.</source>
            <translation>Nama login tersebut sudah dipakai oleh orang lain dalam daftar.</translation>
        </message>
        <message>
            <location line="+111" />
            <source>A skill or credential is listed twice.</source>
            <translation>Ada keterampilan atau sertifikat yang tercantum dua kali.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>An availability window on {day} starts and ends at {time}: give it a length.</source>
            <translation>Waktu ketersediaan pada {day} dimulai dan berakhir pukul {time}: beri durasi.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/posts.py" line="+37" />
            <location filename="../../desktop/services/rosters/register.py" line="-41" />
            <source>That skill or credential no longer exists.</source>
            <translation>Keterampilan atau sertifikat tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/register.py" line="+2" />
            <source>A credential cannot expire before it was obtained.</source>
            <translation>Sertifikat tidak dapat kedaluwarsa sebelum tanggal diperolehnya.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Two availability windows on {day} overlap ({first} and {second}): join them into one or change the times.</source>
            <translation>Dua waktu ketersediaan pada {day} tumpang tindih ({first} dan {second}): gabungkan menjadi satu atau ubah jamnya.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+88" />
            <source>Choose a day of the week.</source>
            <translation>Pilih hari dalam seminggu.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Enter the name of the skill or credential.</source>
            <translation>Masukkan nama keterampilan atau sertifikat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is already a skill or credential with that name.</source>
            <translation>Sudah ada keterampilan atau sertifikat dengan nama tersebut.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/common.py" line="+24" />
            <source>Monday</source>
            <translation>Senin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuesday</source>
            <translation>Selasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>Rabu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thursday</source>
            <translation>Kamis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>Jumat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saturday</source>
            <translation>Sabtu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mon</source>
            <translation>Sen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tue</source>
            <translation>Sel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wed</source>
            <translation>Rab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation>Kam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fri</source>
            <translation>Jum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sat</source>
            <translation>Sab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation>Min</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scheduled</source>
            <translation>Terjadwal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed in</source>
            <translation>Sudah absen masuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Staff</source>
            <translation>Staf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteer</source>
            <translation>Relawan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skill</source>
            <translation>Keterampilan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credential</source>
            <translation>Sertifikat</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Unknown time zone {name}: use a name such as Europe/Warsaw.</source>
            <translation>Zona waktu {name} tidak dikenal: gunakan nama seperti Asia/Jakarta.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>The shift must end at a different time than it starts.</source>
            <translation>Waktu selesai sif harus berbeda dari waktu mulainya.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/exports.py" line="+28" />
            <source>Print between 1 and 26 weeks.</source>
            <translation>Cetak antara 1 dan 26 minggu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preparing the roster</source>
            <translation>Menyiapkan jadwal piket</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Save the hours report as .pdf or .xlsx.</source>
            <translation>Simpan laporan jam kerja sebagai .pdf atau .xlsx.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/clashes.py" line="-57" />
            <source>This assignment clashes:</source>
            <translation>Penugasan ini bentrok:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose someone else, or give a reason to assign anyway.</source>
            <translation>Pilih orang lain, atau berikan alasan untuk tetap menugaskannya.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/assignments.py" line="+4" />
            <location filename="../../desktop/services/rosters/clashes.py" line="+49" />
            <location filename="../../desktop/services/rosters/shift_edit.py" line="+64" />
            <source>That shift no longer exists.</source>
            <translation>Sif tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/clashes.py" line="+29" />
            <source>{name} is already on {post} on {day}, {times}, which overlaps this shift.</source>
            <translation>{name} sudah bertugas di {post} pada {day}, {times}, yang bertumpang tindih dengan sif ini.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} would work {hours} h in the week {start} to {end}; the maximum is {limit} h.</source>
            <translation>{name} akan bekerja {hours} jam dalam minggu {start} sampai {end}; batas maksimumnya {limit} jam.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} has not said they are available on {weekday}, {times}.</source>
            <translation>{name} belum menyatakan tersedia pada hari {weekday}, {times}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} has no {qualification}, which {post} requires.</source>
            <translation>{name} tidak memiliki {qualification}, yang diwajibkan untuk {post}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{name}'s {qualification} expired on {date}; {post} requires it.</source>
            <translation>{qualification} milik {name} kedaluwarsa pada {date}; {post} mewajibkannya.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This shift already has {count} of {needed} people.</source>
            <translation>Sif ini sudah memiliki {count} dari {needed} orang.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../desktop/services/rosters/shift_edit.py" line="+66" />
            <source>{day} is a public holiday: {holiday}.</source>
            <translation>{day} adalah hari libur nasional: {holiday}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/posts.py" line="-6" />
            <source>Enter the name of the post.</source>
            <translation>Masukkan nama pos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is already a post with that name.</source>
            <translation>Sudah ada pos dengan nama tersebut.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/clashes.py" line="-78" />
            <location filename="../../desktop/services/rosters/posts.py" line="+34" />
            <location filename="../../desktop/services/rosters/shift_edit.py" line="-46" />
            <location filename="../../desktop/services/rosters/shifts.py" line="-41" />
            <source>That post no longer exists.</source>
            <translation>Pos tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/grid.py" line="+80" />
            <source>Show between 1 and 62 days.</source>
            <translation>Tampilkan antara 1 dan 62 hari.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/assignments.py" line="-2" />
            <source>This person is marked inactive on the register.</source>
            <translation>Orang ini ditandai tidak aktif dalam daftar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This person is already on this shift.</source>
            <translation>Orang ini sudah ada di sif ini.</translation>
        </message>
        <message>
            <location line="+27" />
            <location filename="../../desktop/services/rosters/attendance.py" line="+69" />
            <source>That assignment no longer exists.</source>
            <translation>Penugasan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a shift that has not started can be cancelled.</source>
            <translation>Hanya sif yang belum dimulai yang dapat dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/shift_edit.py" line="+3" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+6" />
            <source>The number of people needed must be between 1 and 100.</source>
            <translation>Jumlah orang yang dibutuhkan harus antara 1 dan 100.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+18" />
            <source>This post already has a shift starting at that time that day.</source>
            <translation>Pos ini sudah memiliki sif yang dimulai pada jam tersebut di hari itu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attendance is already recorded for this shift, so its date and post stay.</source>
            <translation>Kehadiran sudah dicatat untuk sif ini, jadi tanggal dan posnya tidak dapat diubah.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You may still change its times, the people needed and the note.</source>
            <translation>Anda masih dapat mengubah jam, jumlah orang yang dibutuhkan, dan catatannya.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n people are on this shift: take someone off before lowering the number needed.</source>
            <translation>
                <numerusform>%n orang terjadwal pada sif ini: keluarkan seseorang sebelum mengurangi jumlah yang dibutuhkan.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+55" />
            <source>This change makes the shift clash for people already on it:</source>
            <translation>Perubahan ini membuat sif bentrok bagi orang yang sudah terjadwal:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change it otherwise, or give a reason to save it anyway.</source>
            <translation>Ubah dengan cara lain, atau berikan alasan untuk tetap menyimpannya.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Attendance is recorded for this shift (sign-ins or no-shows), so it is kept: the hours worked must stay.</source>
            <translation>Kehadiran sudah dicatat untuk sif ini (hadir atau tidak hadir), jadi sif ini tetap disimpan: jam kerja harus tetap tercatat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If it will not run again, take off the people who have not started it.</source>
            <translation>Jika sif ini tidak akan berjalan lagi, keluarkan orang yang belum memulainya.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/shifts.py" line="+32" />
            <source>That template no longer exists.</source>
            <translation>Templat tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/hours.py" line="+59" />
            <location filename="../../desktop/services/rosters/shifts.py" line="+24" />
            <source>The end date is before the start date.</source>
            <translation>Tanggal selesai lebih awal daripada tanggal mulai.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/shifts.py" line="+2" />
            <source>Generate at most one year of shifts at a time.</source>
            <translation>Buat sif paling banyak untuk satu tahun sekaligus.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Creating shifts</source>
            <translation>Membuat sif</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/attendance.py" line="+8" />
            <source>This person has already signed in for this shift.</source>
            <translation>Orang ini sudah absen masuk untuk sif ini.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sign this person in before signing them out.</source>
            <translation>Catat absen masuk orang ini sebelum mencatat absen keluarnya.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+27" />
            <source>The sign-out time is before the sign-in time.</source>
            <translation>Waktu absen keluar lebih awal daripada waktu absen masuk.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Only someone who has not signed in can be marked as a no-show.</source>
            <translation>Hanya orang yang belum absen masuk yang dapat ditandai tidak hadir.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why the times are corrected.</source>
            <translation>Sebutkan alasan koreksi waktu ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the sign-in time too.</source>
            <translation>Masukkan juga waktu absen masuk.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A shift cannot last more than 24 hours.</source>
            <translation>Satu sif tidak boleh lebih dari 24 jam.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rosters/tiles.py" line="+26" />
            <source>expired on {date}</source>
            <translation>kedaluwarsa pada {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expires on {date}</source>
            <translation>kedaluwarsa pada {date}</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Credentials expired or expiring within %n days</source>
            <translation>
                <numerusform>Sertifikat yang kedaluwarsa atau akan kedaluwarsa dalam %n hari</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>{filled} of {needed} people</source>
            <translation>{filled} dari {needed} orang</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Understaffed shifts in the next 7 days</source>
            <translation>Sif yang kekurangan orang dalam 7 hari ke depan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/reports/roster_documents.py" line="+47" />
            <source>short by %n</source>
            <translation>
                <numerusform>kurang %n orang</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Weekly roster</source>
            <translation>Jadwal piket mingguan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Roster for the week {start} to {end}</source>
            <translation>Jadwal piket minggu {start} sampai {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+61" />
            <location line="+25" />
            <source>Post</source>
            <translation>Pos</translation>
        </message>
        <message>
            <location line="-75" />
            <source>No shifts this week.</source>
            <translation>Tidak ada sif minggu ini.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(filled/needed). Shaded: short of people.</source>
            <translation>(terisi/dibutuhkan). Diarsir: kekurangan orang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yellow day: public holiday.</source>
            <translation>Hari berwarna kuning: hari libur nasional.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write the Excel file: {reason}</source>
            <translation>Tidak dapat menulis file Excel: {reason}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Posts</source>
            <translation>Pos</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+17" />
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+9" />
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>Shifts</source>
            <translation>Sif</translation>
        </message>
        <message>
            <location line="-6" />
            <source>No-shows</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>Hours</source>
            <translation>Jam</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+7" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hours worked {start} to {end}</source>
            <translation>Jam kerja {start} sampai {end}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{people} people worked {hours} hours on completed shifts.</source>
            <translation>{people} orang bekerja {hours} jam pada sif yang selesai.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>By person</source>
            <translation>Per orang</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+12" />
            <source>By post</source>
            <translation>Per pos</translation>
        </message>
    </context>
    <context>
        <name>rosters_demo</name>
        <message>
            <location filename="../../desktop/services/rosters/demo.py" line="+34" />
            <source>First aid</source>
            <translation>Pertolongan pertama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food hygiene</source>
            <translation>Keamanan pangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Police / background check</source>
            <translation>SKCK / pemeriksaan latar belakang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driving licence</source>
            <translation>SIM (surat izin mengemudi)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forklift</source>
            <translation>Forklift</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Intake desk</source>
            <translation>Meja pendaftaran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distribution</source>
            <translation>Penyaluran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter night</source>
            <translation>Jaga malam rumah singgah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outreach</source>
            <translation>Penjangkauan</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Volunteer</source>
            <translation>Relawan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Student volunteer</source>
            <translation>Relawan pelajar/mahasiswa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retired volunteer</source>
            <translation>Relawan pensiunan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Driver</source>
            <translation>Pengemudi</translation>
        </message>
    </context>
    <context>
        <name>sar</name>
        <message>
            <location filename="../../desktop/reports/subject_access_pdf.py" line="+31" />
            <source>Personal data held (subject access)</source>
            <translation>Data pribadi yang disimpan (akses subjek data)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Personal data held about one person</source>
            <translation>Data pribadi yang disimpan tentang satu orang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything this centre's CentreDesk database holds about the person below, as of {when}. Record {id}.</source>
            <translation>Semua data tentang orang di bawah ini yang tersimpan di basis data CentreDesk pusat layanan ini, per {when}. Catatan {id}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{records} ({count})</source>
            <translation>{records} ({count})</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Field</source>
            <translation>Isian</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Household {n}</source>
            <translation>Rumah tangga {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No other records point at this person.</source>
            <translation>Tidak ada catatan lain yang terkait dengan orang ini.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/subject_access.py" line="-49" />
            <source>[sealed note: its text can only be released by a coordinator]</source>
            <translation>[catatan rahasia: isinya hanya dapat diberikan oleh koordinator]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/subject_access_labels.py" line="+37" />
            <source>Record number</source>
            <translation>Nomor data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given name</source>
            <translation>Nama depan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Nama keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year of birth</source>
            <translation>Tahun lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier type</source>
            <translation>Jenis identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier number</source>
            <translation>Nomor identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred language</source>
            <translation>Bahasa yang diutamakan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special needs</source>
            <translation>Kebutuhan khusus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded at</source>
            <translation>Dicatat pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last changed at</source>
            <translation>Terakhir diubah pada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Household reference</source>
            <translation>Referensi rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rural area</source>
            <translation>Daerah perdesaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>Kabupaten/kota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family card number (KK)</source>
            <translation>Nomor Kartu Keluarga (KK)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Housing situation</source>
            <translation>Kondisi tempat tinggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation>Penghasilan bulanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered on</source>
            <translation>Terdaftar pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registration to be renewed on</source>
            <translation>Pendaftaran diperpanjang pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived at</source>
            <translation>Diarsipkan pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person (record number)</source>
            <translation>Orang (nomor data)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship to the head of household</source>
            <translation>Hubungan dengan kepala keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Member since</source>
            <translation>Anggota sejak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved out on</source>
            <translation>Pindah keluar pada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assessed on</source>
            <translation>Diases pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Income</source>
            <translation>Penghasilan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expenses</source>
            <translation>Pengeluaran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Narrative</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+54" />
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Eligible for</source>
            <translation>Berhak atas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessed by</source>
            <translation>Diases oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started on</source>
            <translation>Dimulai pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review every (days)</source>
            <translation>Tinjau setiap (hari)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next review on</source>
            <translation>Peninjauan berikutnya pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed on</source>
            <translation>Ditutup pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created by</source>
            <translation>Dibuat oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+53" />
            <source>Staff member</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Assigned on</source>
            <translation>Ditugaskan pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ended on</source>
            <translation>Berakhir pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document type</source>
            <translation>Jenis dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Original file name</source>
            <translation>Nama file asli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File type</source>
            <translation>Jenis file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File size (bytes)</source>
            <translation>Ukuran file (bita)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File checksum (SHA-256)</source>
            <translation>Checksum file (SHA-256)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stored file name</source>
            <translation>Nama file tersimpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued on</source>
            <translation>Diterbitkan pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation>Kedaluwarsa pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified by</source>
            <translation>Diverifikasi oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified at</source>
            <translation>Diverifikasi pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uploaded by</source>
            <translation>Diunggah oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uploaded at</source>
            <translation>Diunggah pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written by</source>
            <translation>Ditulis oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note date</source>
            <translation>Tanggal catatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written at</source>
            <translation>Ditulis pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sealed</source>
            <translation>Rahasia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received on</source>
            <translation>Diterima pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received by</source>
            <translation>Diterima oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complainant</source>
            <translation>Pengadu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complainant's contact</source>
            <translation>Kontak pengadu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of complaint</source>
            <translation>Jenis pengaduan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution</source>
            <translation>Penyelesaian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved on</source>
            <translation>Diselesaikan pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency</source>
            <translation>Lembaga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded by</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to</source>
            <translation>Persetujuan untuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given on</source>
            <translation>Diberikan pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid until</source>
            <translation>Berlaku hingga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn on</source>
            <translation>Dicabut pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the date of birth</source>
            <translation>Boleh membagikan tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the identifier number</source>
            <translation>Boleh membagikan nomor identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the address</source>
            <translation>Boleh membagikan alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May share the phone number</source>
            <translation>Boleh membagikan nomor telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tracking number</source>
            <translation>Nomor pelacakan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service asked for</source>
            <translation>Layanan yang diminta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created on</source>
            <translation>Dibuat pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent on</source>
            <translation>Dikirim pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow up on</source>
            <translation>Tindak lanjut pada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service record number</source>
            <translation>Nomor data layanan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of service</source>
            <translation>Tanggal layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weight (kg)</source>
            <translation>Berat (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recorded from</source>
            <translation>Sumber pencatatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for exceeding the limit</source>
            <translation>Alasan melebihi batas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given out on</source>
            <translation>Disalurkan pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given out from</source>
            <translation>Disalurkan dari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel type</source>
            <translation>Jenis paket</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Membership record number</source>
            <translation>Nomor data keanggotaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household record number</source>
            <translation>Nomor data rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household phone</source>
            <translation>Telepon rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household status</source>
            <translation>Status rumah tangga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household recorded at</source>
            <translation>Rumah tangga dicatat pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household last changed at</source>
            <translation>Rumah tangga terakhir diubah pada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint status</source>
            <translation>Status pengaduan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan status</source>
            <translation>Status rencana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral status</source>
            <translation>Status rujukan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Needs assessments</source>
            <translation>Asesmen kebutuhan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care plans</source>
            <translation>Rencana intervensi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caseworkers assigned</source>
            <translation>Pekerja sosial yang ditugaskan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case notes</source>
            <translation>Catatan kasus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation>Pengaduan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referrals</source>
            <translation>Rujukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services received</source>
            <translation>Layanan yang diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcels given out</source>
            <translation>Paket yang disalurkan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Archived</source>
            <translation>Diarsipkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erased</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Closed</source>
            <translation>Ditutup</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Entered by staff</source>
            <translation>Diisi oleh petugas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel given out from stock</source>
            <translation>Paket disalurkan dari stok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported history</source>
            <translation>Riwayat yang diimpor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter stay</source>
            <translation>Menginap di rumah singgah</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Tidak</translation>
        </message>
    </context>
    <context>
        <name>schema</name>
        <message>
            <location filename="../../desktop/schema.py" line="+100" />
            <source>Updating the database failed, so it was put back exactly as it was.</source>
            <translation>Pembaruan basis data gagal, sehingga basis data dikembalikan persis seperti semula.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was lost. Send the log file to your support contact. ({reason})</source>
            <translation>Tidak ada yang hilang. Kirim file log ke kontak dukungan Anda. ({reason})</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This file is not a CentreDesk database.</source>
            <translation>File ini bukan basis data CentreDesk.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose another file, or a new file name to start an empty database.</source>
            <translation>Pilih file lain, atau nama file baru untuk memulai basis data kosong.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This database was made by a newer version of CentreDesk.</source>
            <translation>Basis data ini dibuat oleh versi CentreDesk yang lebih baru.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Install the newest version of CentreDesk to open it. The file was not changed.</source>
            <translation>Pasang versi CentreDesk terbaru untuk membukanya. File tidak diubah.</translation>
        </message>
    </context>
    <context>
        <name>service_types</name>
        <message>
            <location filename="../../desktop/services/service_records.py" line="+25" />
            <source>Food parcel</source>
            <translation>Paket sembako</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Pakaian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter night</source>
            <translation>Menginap di rumah singgah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counselling</source>
            <translation>Konseling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information / education</source>
            <translation>Informasi / edukasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral made</source>
            <translation>Rujukan dibuat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Financial aid</source>
            <translation>Bantuan keuangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <location line="+55" />
            <source>Choose the person or household who received the service.</source>
            <translation>Pilih orang atau rumah tangga yang menerima layanan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown service type {code}.</source>
            <translation>Jenis layanan {code} tidak dikenal.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantity must be more than zero.</source>
            <translation>Jumlah harus lebih dari nol.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The weight cannot be negative.</source>
            <translation>Berat tidak boleh negatif.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That person no longer exists.</source>
            <translation>Orang tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That household no longer exists.</source>
            <translation>Rumah tangga tersebut sudah tidak ada.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../desktop/services/settings.py" line="+75" />
            <source>Enter the centre's name.</source>
            <translation>Masukkan nama pusat layanan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The screen lock time must be between 1 and 240 minutes.</source>
            <translation>Waktu kunci layar harus antara 1 dan 240 menit.</translation>
        </message>
    </context>
    <context>
        <name>setup</name>
        <message>
            <location filename="../../desktop/services/setup.py" line="+35" />
            <source>Enter the centre's name.</source>
            <translation>Masukkan nama pusat layanan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown country profile {code}: choose one of {choices}.</source>
            <translation>Profil negara {code} tidak dikenal: pilih salah satu dari {choices}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown language {code}: choose one of {choices}.</source>
            <translation>Bahasa {code} tidak dikenal: pilih salah satu dari {choices}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>This database is already set up for a centre.</source>
            <translation>Basis data ini sudah disiapkan untuk sebuah pusat layanan.</translation>
        </message>
    </context>
    <context>
        <name>stock</name>
        <message>
            <location filename="../../desktop/services/stock/common.py" line="+20" />
            <source>Food</source>
            <translation>Pangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation>Pakaian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hygiene</source>
            <translation>Kebersihan diri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter supplies</source>
            <translation>Perlengkapan rumah singgah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pantry shelf</source>
            <translation>Rak bahan pangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter store</source>
            <translation>Gudang rumah singgah</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Individual</source>
            <translation>Perorangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business</source>
            <translation>Badan usaha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Government programme</source>
            <translation>Program pemerintah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Food bank</source>
            <translation>Bank pangan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distributed</source>
            <translation>Disalurkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transferred</source>
            <translation>Dipindahkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adjusted</source>
            <translation>Disesuaikan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written off</source>
            <translation>Dihapusbukukan</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="+70" />
            <location filename="../../desktop/services/stock/common.py" line="+1" />
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/common.py" line="+4" />
            <source>Damaged</source>
            <translation>Rusak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spoiled</source>
            <translation>Busuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Found</source>
            <translation>Ditemukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correction</source>
            <translation>Koreksi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expired</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock count</source>
            <translation>Stok opname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reversal</source>
            <translation>Pembatalan</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{value} is not a number.</source>
            <translation>{value} bukan angka.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The quantity must be more than zero.</source>
            <translation>Jumlah harus lebih dari nol.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The quantity is too large.</source>
            <translation>Jumlah terlalu besar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} {id} does not exist (any more).</source>
            <translation>{what} {id} tidak ada (lagi).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/exports.py" line="+31" />
            <source>All locations</source>
            <translation>Semua lokasi</translation>
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
            <translation>Lokasi</translation>
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
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/distributions.py" line="-162" />
            <source>{item}: lot {lot} expired on {date} and cannot be given out.</source>
            <translation>{item}: batch {lot} kedaluwarsa pada {date} dan tidak boleh diberikan.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{item}: {wanted} {unit} needed, only {available} {unit} can be given.</source>
            <translation>{item}: dibutuhkan {wanted} {unit}, hanya {available} {unit} yang dapat diberikan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>({expired} {unit} on the shelf have expired.)</source>
            <translation>({expired} {unit} di rak sudah kedaluwarsa.)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not enough stock for this parcel:</source>
            <translation>Stok tidak cukup untuk paket ini:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the quantities or pick other items. Nothing was saved.</source>
            <translation>Ubah jumlahnya atau pilih barang lain. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Choose the household (or person) receiving the parcel.</source>
            <translation>Pilih rumah tangga (atau orang) yang menerima paket.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The parcel date cannot be in the future.</source>
            <translation>Tanggal paket tidak boleh di masa depan.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="-88" />
            <location filename="../../desktop/services/stock/distributions.py" line="+3" />
            <location filename="../../desktop/services/stock/receipts.py" line="-13" />
            <source>That location is no longer in use.</source>
            <translation>Lokasi tersebut sudah tidak digunakan.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/distributions.py" line="+2" />
            <source>Add at least one item to the parcel.</source>
            <translation>Tambahkan minimal satu barang ke paket.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Parcel {id}</source>
            <translation>Paket {id}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{units} food unit(s) without weight</source>
            <translation>{units} unit pangan tanpa berat</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/receipts.py" line="-3" />
            <source>The receipt date cannot be in the future.</source>
            <translation>Tanggal penerimaan tidak boleh di masa depan.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/catalogue.py" line="+153" />
            <location line="+12" />
            <location filename="../../desktop/services/stock/receipts.py" line="+4" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="+2" />
            <location filename="../../desktop/services/stock/receipts.py" line="+5" />
            <source>Add at least one line.</source>
            <translation>Tambahkan minimal satu baris.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/receipts.py" line="-4" />
            <source>That donor is no longer active.</source>
            <translation>Donatur tersebut sudah tidak aktif.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the donor active again in the catalogue, or choose another.</source>
            <translation>Aktifkan kembali donatur di katalog, atau pilih donatur lain.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Line {n}: the value cannot be negative.</source>
            <translation>Baris {n}: nilai tidak boleh negatif.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line {n}: {item} is perishable: enter its expiry or best-before date.</source>
            <translation>Baris {n}: {item} mudah rusak: masukkan tanggal kedaluwarsa atau tanggal baik digunakan sebelumnya.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line {n}: {item} has already expired ({date}): do not take it into stock.</source>
            <translation>Baris {n}: {item} sudah kedaluwarsa ({date}): jangan dimasukkan ke stok.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/ledger.py" line="+61" />
            <source>{item} was counted on {date}: no movement may be dated before that.</source>
            <translation>{item} sudah distok opname pada {date}: tidak boleh ada pergerakan stok yang bertanggal sebelum itu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use the count date or a later date.</source>
            <translation>Gunakan tanggal stok opname atau tanggal sesudahnya.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A movement needs a quantity other than zero.</source>
            <translation>Pergerakan stok harus memiliki jumlah selain nol.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That lot does not belong to the item.</source>
            <translation>Batch tersebut bukan milik barang ini.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not enough {item} in stock: {available} on hand, {wanted} needed.</source>
            <translation>Stok {item} tidak cukup: tersedia {available}, dibutuhkan {wanted}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/counts.py" line="-25" />
            <source>The count date cannot be in the future.</source>
            <translation>Tanggal stok opname tidak boleh di masa depan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{location} already has a count in progress (count {id}).</source>
            <translation>{location} sudah memiliki stok opname yang sedang berjalan (stok opname {id}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/catalogue.py" line="-97" />
            <location filename="../../desktop/services/stock/counts.py" line="+1" />
            <source>Finish or cancel that count first.</source>
            <translation>Selesaikan atau batalkan stok opname tersebut terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/counts.py" line="+18" />
            <location line="+16" />
            <source>Count</source>
            <translation>Stok opname</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This count is already closed.</source>
            <translation>Stok opname ini sudah ditutup.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>That line is not on this count sheet.</source>
            <translation>Baris tersebut tidak ada di lembar stok opname ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A counted quantity cannot be negative.</source>
            <translation>Jumlah hasil hitung tidak boleh negatif.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n line(s) have no counted quantity yet.</source>
            <translation>
                <numerusform>%n baris belum memiliki jumlah hitungan.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter 0 where nothing was found on the shelf.</source>
            <translation>Masukkan 0 jika tidak ada barang di rak.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>found at count {id}</source>
            <translation>ditemukan saat stok opname {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="-62" />
            <source>The date cannot be in the future.</source>
            <translation>Tanggal tidak boleh di masa depan.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose why the stock is adjusted.</source>
            <translation>Pilih alasan penyesuaian stok.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Damaged or spoiled stock can only be taken out.</source>
            <translation>Stok yang rusak atau busuk hanya dapat dikeluarkan.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Choose two different locations.</source>
            <translation>Pilih dua lokasi yang berbeda.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="-37" />
            <location line="+36" />
            <location filename="../../desktop/services/stock/adjustments.py" line="+40" />
            <source>Movement</source>
            <translation>Pergerakan stok</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/adjustments.py" line="+5" />
            <source>Say why the movement is reversed.</source>
            <translation>Sebutkan alasan pergerakan ini dibatalkan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This movement is itself a reversal: enter the stock again instead.</source>
            <translation>Pergerakan ini sendiri merupakan pembatalan: masukkan stoknya kembali sebagai gantinya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This movement was already reversed (movement {id}).</source>
            <translation>Pergerakan ini sudah dibatalkan (pergerakan {id}).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="-96" />
            <location line="+61" />
            <location line="+37" />
            <location filename="../../desktop/services/stock/adjustments.py" line="+41" />
            <source>Lot</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/policy.py" line="+43" />
            <source>{category}: last given {date} (limit one per {days} days)</source>
            <translation>{category}: terakhir diberikan {date} (batas satu kali per {days} hari)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This would be a second parcel within the visit limit ({details}).</source>
            <translation>Ini akan menjadi paket kedua dalam batas kunjungan ({details}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason to override the limit; it is recorded.</source>
            <translation>Berikan alasan untuk melewati batas; alasan ini akan dicatat.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A visit limit must be between 0 and 366 days.</source>
            <translation>Batas kunjungan harus antara 0 dan 366 hari.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/catalogue.py" line="-141" />
            <source>Enter the item's name.</source>
            <translation>Masukkan nama barang.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+99" />
            <location filename="../../desktop/services/stock/item_import.py" line="+62" />
            <location filename="../../desktop/services/stock/templates.py" line="-16" />
            <source>The name is too long (120 characters at most).</source>
            <translation>Nama terlalu panjang (maksimal 120 karakter).</translation>
        </message>
        <message>
            <location line="-96" />
            <location filename="../../desktop/services/stock/item_import.py" line="+2" />
            <source>An item called {name} already exists.</source>
            <translation>Barang bernama {name} sudah ada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The weight cannot be negative.</source>
            <translation>Berat tidak boleh negatif.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reorder level cannot be negative.</source>
            <translation>Batas pemesanan ulang tidak boleh negatif.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../desktop/services/stock/item_import.py" line="+29" />
            <source>The barcode {code} already belongs to another item.</source>
            <translation>Kode batang {code} sudah dipakai barang lain.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Enter the location's name.</source>
            <translation>Masukkan nama lokasi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A location called {name} already exists.</source>
            <translation>Lokasi bernama {name} sudah ada.</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n more item(s)</source>
            <translation>
                <numerusform>%n barang lainnya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{location} still holds %n item(s): {stock}.</source>
            <translation>
                <numerusform>{location} masih menyimpan %n barang: {stock}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transfer the stock to another location first, then make this one inactive.</source>
            <translation>Pindahkan stok ke lokasi lain terlebih dahulu, lalu nonaktifkan lokasi ini.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{location} has a count in progress (count {id}).</source>
            <translation>{location} sedang menjalani stok opname (stok opname {id}).</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Enter the donor's name.</source>
            <translation>Masukkan nama donatur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is too long (160 characters at most).</source>
            <translation>Nama terlalu panjang (paling banyak 160 karakter).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The e-mail address is not valid.</source>
            <translation>Alamat e-mail tidak valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/templates.py" line="-2" />
            <source>Enter the template's name.</source>
            <translation>Masukkan nama templat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose another name, or edit that template instead.</source>
            <translation>Pilih nama lain, atau ubah templat tersebut saja.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The household size must be between 1 and {most}.</source>
            <translation>Jumlah anggota rumah tangga harus antara 1 dan {most}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A template needs at least one line.</source>
            <translation>Templat harus memiliki minimal satu baris.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the items a parcel of this kind holds.</source>
            <translation>Tambahkan barang yang menjadi isi paket jenis ini.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line {n} ({item}): the quantity must be more than zero.</source>
            <translation>Baris {n} ({item}): jumlah harus lebih dari nol.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line {n} ({item}): the quantity is too large.</source>
            <translation>Baris {n} ({item}): jumlah terlalu besar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line {n}: {item} is no longer in use.</source>
            <translation>Baris {n}: {item} sudah tidak digunakan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the line or choose another item.</source>
            <translation>Hapus baris ini atau pilih barang lain.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Line {n}: {item} is already on line {first}.</source>
            <translation>Baris {n}: {item} sudah ada di baris {first}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the whole quantity on one line.</source>
            <translation>Masukkan seluruh jumlah dalam satu baris.</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+16" />
            <location line="+42" />
            <source>Parcel template</source>
            <translation>Templat paket</translation>
        </message>
        <message>
            <location line="-112" />
            <source>A template called {name} already exists.</source>
            <translation>Templat bernama {name} sudah ada.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/item_import.py" line="-33" />
            <source>The name is empty.</source>
            <translation>Nama masih kosong.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown category {value}: use food, clothing, hygiene, shelter_supplies or other.</source>
            <translation>Kategori {value} tidak dikenal: gunakan food, clothing, hygiene, shelter_supplies, atau other.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter the weight of one unit in kg, e.g. 0.5.</source>
            <translation>Masukkan berat satu unit dalam kg, mis. 0.5.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reorder level must be a number, 0 or more.</source>
            <translation>Batas pemesanan ulang harus berupa angka, 0 atau lebih.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write yes or no.</source>
            <translation>Tulis yes atau no.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The barcode is too long.</source>
            <translation>Kode batang terlalu panjang.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The same name is on line {first}.</source>
            <translation>Nama yang sama ada di baris {first}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The barcode {code} is also on line {first}.</source>
            <translation>Kode batang {code} juga ada di baris {first}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Importing items</source>
            <translation>Mengimpor barang</translation>
        </message>
        <message>
            <location filename="../../desktop/services/stock/tiles.py" line="+23" />
            <source>expired {date}</source>
            <translation>sudah kedaluwarsa {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expires {date}</source>
            <translation>kedaluwarsa {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stock expiring within {days} days</source>
            <translation>Stok yang kedaluwarsa dalam {days} hari</translation>
        </message>
        <message>
            <location line="+8" />
            <source>reorder level {level}</source>
            <translation>batas pemesanan ulang {level}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Items below reorder level</source>
            <translation>Barang di bawah batas pemesanan ulang</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stock_documents.py" line="-107" />
            <source>Count sheet</source>
            <translation>Lembar stok opname</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Count {id} · count date {date}</source>
            <translation>Stok opname {id} · tanggal stok opname {date}</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+32" />
            <location line="+11" />
            <location line="+42" />
            <location line="+12" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location line="-96" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+31" />
            <location line="+53" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Expected</source>
            <translation>Seharusnya</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Counted by: ____________________    Checked by: ____________________    Date: __________</source>
            <translation>Dihitung oleh: ____________________    Diperiksa oleh: ____________________    Tanggal: __________</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Stock list</source>
            <translation>Daftar stok</translation>
        </message>
        <message>
            <location line="+4" />
            <source>On hand on {date}</source>
            <translation>Tersedia pada {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+51" />
            <location line="+2" />
            <source>On hand</source>
            <translation>Tersedia</translation>
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
            <translation>Nilai</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+54" />
            <source>Reorder level</source>
            <translation>Batas pemesanan ulang</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+54" />
            <source>Next expiry</source>
            <translation>Kedaluwarsa berikutnya</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Totals by category</source>
            <translation>Total menurut kategori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items in stock</source>
            <translation>Barang dalam stok</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stock ledger</source>
            <translation>Buku besar stok</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>{start} to {end}, %n movement(s)</source>
            <translation>
                <numerusform>{start} sampai {end}, %n mutasi</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+36" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+36" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+36" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="-35" />
            <location line="+36" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+36" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Value ({currency})</source>
            <translation>Nilai ({currency})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Below reorder level</source>
            <translation>Di bawah batas pemesanan ulang</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ledger</source>
            <translation>Buku besar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>About</source>
            <translation>Tentang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Centre</source>
            <translation>Pusat layanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Tidak dapat menulis {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <location filename="../../desktop/services/training.py" line="+54" />
            <source>Preparing the training database</source>
            <translation>Menyiapkan basis data pelatihan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Training centre</source>
            <translation>Pusat layanan pelatihan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Training administrator</source>
            <translation>Administrator pelatihan</translation>
        </message>
    </context>
    <context>
        <name>users</name>
        <message>
            <location filename="../../desktop/services/users.py" line="+74" />
            <source>A login name has 2 to 64 characters: letters without accents, digits, dot, dash or underscore.</source>
            <translation>Nama login terdiri dari 2 sampai 64 karakter: huruf tanpa aksen, angka, titik, tanda hubung, atau garis bawah.</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The password must have at least %n characters.</source>
            <translation>
                <numerusform>Kata sandi harus terdiri dari minimal %n karakter.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password must not be the login name.</source>
            <translation>Kata sandi tidak boleh sama dengan nama login.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no user called {name}.</source>
            <translation>Tidak ada pengguna bernama {name}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Wrong login name or password.</source>
            <translation>Nama login atau kata sandi salah.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check Caps Lock and the keyboard language, then try again.</source>
            <translation>Periksa Caps Lock dan bahasa keyboard, lalu coba lagi.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This account is disabled.</source>
            <translation>Akun ini dinonaktifkan.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ask the administrator.</source>
            <translation>Hubungi administrator.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too many wrong passwords: this account is locked.</source>
            <translation>Terlalu banyak kata sandi salah: akun ini dikunci.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Try again in %n minute(s), or ask the administrator to reset the password.</source>
            <translation>
                <numerusform>Coba lagi dalam %n menit, atau minta administrator mengatur ulang kata sandi.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>The login name {name} is already taken.</source>
            <translation>Nama login {name} sudah dipakai.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown language.</source>
            <translation>Bahasa tidak dikenal.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This database already has users: sign in instead.</source>
            <translation>Basis data ini sudah memiliki pengguna: silakan masuk.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>This is the last active administrator: create another one first.</source>
            <translation>Ini administrator aktif terakhir: buat administrator lain terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You cannot disable your own account.</source>
            <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Your account no longer exists.</source>
            <translation>Akun Anda sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The current password is wrong.</source>
            <translation>Kata sandi saat ini salah.</translation>
        </message>
    </context>
</TS>