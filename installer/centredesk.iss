; Inno Setup script: per-user install (no administrator rights), Start menu entry, uninstaller.
; Build on Windows after `make build`: iscc installer\centredesk.iss
#define AppName "CentreDesk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C7E2B0E-2E5D-4D8C-9B8E-1C0DE5CE57E1}
AppName={#AppName}
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=CentreDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
; Inno Setup ships no Indonesian translation; Indonesian users see the English installer, the app itself is in Bahasa Indonesia.

[Files]
; The database lives in the user's data folder (%LOCALAPPDATA%\CentreDesk), never in the program folder,
; so uninstalling or upgrading never touches it.
Source: "..\dist\CentreDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\CentreDesk.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\CentreDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\CentreDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
