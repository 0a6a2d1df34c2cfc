; Inno Setup (6.3 or newer) script for Brücke: a per-user installation (no administrator rights), a start-menu entry,
; and an uninstaller that removes the program but never the office data.
;
; Build on Windows, from the project folder:
;     py -3 dev.py bundle                       -> dist\bruecke\ and dist\bruecke-version.iss
;     iscc packaging\windows\bruecke.iss        -> dist\Bruecke-Setup-<version>.exe
;
; The version comes from pyproject.toml only: packaging\build.py writes it into dist\bruecke-version.iss.
; (This file is UTF-8 with a byte-order mark so that Inno Setup reads the umlauts correctly.)

#include "..\..\dist\bruecke-version.iss"
#ifndef AppVersion
  #error "dist\bruecke-version.iss is missing: run `py -3 dev.py bundle` first"
#endif

#define AppName "Brücke"
#define AppExe "bruecke.exe"
#define BundleDir "..\..\dist\bruecke"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{8E0C1F4B-6B1D-4E55-9F3A-2C7B1D9E4A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Brücke
AppComments=Das Büro der Integrationsbeauftragten
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
; Per-user: {autopf} is %LOCALAPPDATA%\Programs here, so the program lives in
; %LOCALAPPDATA%\Programs\Bruecke – apart from the data in %LOCALAPPDATA%\Bruecke\Bruecke (platformdirs).
PrivilegesRequired=lowest
DefaultDirName={autopf}\Bruecke
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Bruecke-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\bruecke.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.AppComment=Kontakte, Gremien, Termine, Teilnahmelisten und Tätigkeitsbericht
en.AppComment=Contacts, committees, appointments, attendance lists and the yearly report
de.DataKept=Brücke wurde entfernt. Ihre Daten (Datenbank, Sicherungen, Protokolle) bleiben erhalten in:%n%1%n%nWenn Sie sie nicht mehr brauchen, können Sie diesen Ordner selbst löschen.
en.DataKept=Brücke has been removed. Your data (database, backups, logs) is kept in:%n%1%n%nYou can delete this folder yourself if you no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Libraries of an older version must not linger next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes only what it installed in {app}. The office data
; in %LOCALAPPDATA%\Bruecke\Bruecke (or BRUECKE_HOME / BRUECKE_DB) is the user's and stays.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Bruecke\Bruecke')]),
           mbInformation, MB_OK);
end;
