; Inno Setup 6 script of Journey Designer's Windows installer.
;
; First build the app with pyside6-deploy (python packaging\build.py), which makes
; build\deploy\Journey Designer.dist\journeydesigner.exe, then, from this folder:
;
;   iscc journeydesigner.iss
;
; (or iscc /DAppVersion=0.2.0 /DDistDir=C:\path\to\dist journeydesigner.iss) which writes
; ..\..\build\installer\JourneyDesigner-<version>-setup.exe. The installer speaks Spanish or
; English (it asks, proposing the system's language), installs for all users or, without
; administrator rights, for the current user only; it adds a Start-menu entry, an optional
; desktop icon, the .journey file association (Open with Journey Designer, the map icon) and
; an uninstaller that removes all of it.

#ifndef AppVersion
  ; Keep in step with journeydesigner/__init__.py (tests/packaging checks it).
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\build\deploy\Journey Designer.dist"
#endif

#define AppName "Journey Designer"
#define AppPublisher "Journey Designer developers"
#define AppExeName "journeydesigner.exe"
#define AppUserModelId "io.github.journeydesigner.JourneyDesigner"
#define ProgId "JourneyDesigner.Map.1"
#define FileExtension ".journey"
#define MimeType "application/x-journeydesigner+json"

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{02838742-D8EF-419E-B9E6-A3DBEDC9BECF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Administrators install for everyone; others can install for themselves (HKCU, no UAC).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=JourneyDesigner-{#AppVersion}-setup
SetupIconFile=journeydesigner.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
; Explorer is told to refresh its file associations after install and uninstall.
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.MapFileType=Mapa de experiencia de Journey Designer
en.MapFileType=Journey Designer map

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything pyside6-deploy put in the dist folder: the executable, Python, Qt, resources\ and samples\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "journey-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Registry]
; HKA is HKLM\Software\Classes for an all-users install, HKCU\Software\Classes for a per-user one.
; The extension: its ProgID (the default handler), its MIME type, and the ProgID in Open with.
Root: HKA; Subkey: "Software\Classes\{#FileExtension}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#FileExtension}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#MimeType}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#FileExtension}"; ValueType: string; ValueName: "PerceivedType"; ValueData: "document"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#FileExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The ProgID: the name Explorer shows for the type, the map icon, and how to open a map.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:MapFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "{cm:MapFileType}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "AppUserModelID"; ValueData: "{#AppUserModelId}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\journey-document.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell"; ValueType: string; ValueName: ""; ValueData: "open"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; The application itself, for Open with and Default apps.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#FileExtension}"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
