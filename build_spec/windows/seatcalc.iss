; Inno Setup 6 script: the Windows installer of SeatCalc (docs/packaging.md). On a Windows
; release machine, after build_spec/build.sh has made dist\onedir\seatcalc:
;
;   iscc /DAppVersion=0.1.0 build_spec\windows\seatcalc.iss   -> dist\seatcalc-0.1.0-setup.exe
;
; The version comes from pyproject.toml through the command line (the release workflow
; reads it with core.version); this script writes none. Per-user or per-machine install
; (the user chooses), a Start-menu entry, an optional desktop icon, SeatCalc offered for
; JSON files. Unsigned: sign the installer and the executables for distribution.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z build_spec\windows\seatcalc.iss
#endif

[Setup]
; The AppId identifies SeatCalc to Windows across versions (upgrades, uninstall): never change it.
AppId={{0BF1277D-2268-409E-81D5-514A156C61D5}
AppName=SeatCalc
AppVersion={#AppVersion}
AppPublisher=the SeatCalc authors
AppCopyright=Copyright 2026 the SeatCalc authors, MIT licence
DefaultDirName={autopf}\SeatCalc
DefaultGroupName=SeatCalc
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\seatcalc.ico
UninstallDisplayIcon={app}\seatcalc.exe
OutputDir=..\..\dist
OutputBaseFilename=seatcalc-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir folder: seatcalc.exe (windowed), seatcalc-cli.exe (console) and _internal.
Source: "..\..\dist\onedir\seatcalc\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The third-party licences (Qt's LGPL among them) where a user looks for them.
Source: "..\..\dist\onedir\seatcalc\_internal\THIRD_PARTY_LICENSES"; DestDir: "{app}"; DestName: "THIRD_PARTY_LICENSES.txt"; Flags: ignoreversion

[Icons]
Name: "{group}\SeatCalc"; Filename: "{app}\seatcalc.exe"
Name: "{group}\Third-party licences"; Filename: "{app}\THIRD_PARTY_LICENSES.txt"
Name: "{group}\{cm:UninstallProgram,SeatCalc}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\SeatCalc"; Filename: "{app}\seatcalc.exe"; Tasks: desktopicon

[Registry]
; Windows names a file's type by its last extension: a *.seats.json is a .json file. SeatCalc
; registers a file type of its own and offers it for .json (Open with), without taking
; .json over; a user can make it the default from there.
Root: HKA; Subkey: "Software\Classes\SeatCalc.Scenario"; ValueType: string; ValueName: ""; ValueData: "SeatCalc scenario"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SeatCalc.Scenario\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\seatcalc.exe,0"
Root: HKA; Subkey: "Software\Classes\SeatCalc.Scenario\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\seatcalc.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "SeatCalc.Scenario"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\seatcalc.exe"; Description: "{cm:LaunchProgram,SeatCalc}"; Flags: nowait postinstall skipifsilent
