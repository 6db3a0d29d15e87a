; Inno Setup script for the Windows installer. UNTESTED: nothing here builds on Windows.
; After `pyinstaller --noconfirm packaging\outsource-desktop.spec` on Windows, from the
; repository's top folder (the spec writes build\icons\outsource-desktop.ico, dist\ the bundle):
;   iscc /DAppVersion=0.1.0 packaging\windows\outsource-desktop.iss
; (pass the version from pyproject.toml). Output: dist\outsource-desktop-VERSION-windows-setup.exe
; Installs per user by default (no admin prompt); the user may choose all users.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z outsource-desktop.iss
#endif

[Setup]
; A fixed AppId keeps upgrades and uninstall matched to earlier installs: never change it.
AppId={{5B0F6E2C-3C59-4C1E-9F7B-0D8C7A1E2B4F}
AppName=Outsourcing Models
AppVersion={#AppVersion}
AppVerName=Outsourcing Models {#AppVersion}
AppPublisher=outsource-desktop developers
DefaultDirName={autopf}\Outsourcing Models
DefaultGroupName=Outsourcing Models
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=outsource-desktop-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\outsource-desktop.ico
UninstallDisplayIcon={app}\outsource-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir bundle.
Source: "..\..\dist\outsource-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle: stale libraries from an older Qt must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Outsourcing Models"; Filename: "{app}\outsource-desktop.exe"
Name: "{autodesktop}\Outsourcing Models"; Filename: "{app}\outsource-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\outsource-desktop.exe"; Description: "{cm:LaunchProgram,Outsourcing Models}"; Flags: nowait postinstall skipifsilent
