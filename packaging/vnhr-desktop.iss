; Inno Setup script for vnhr-desktop (Inno Setup 6.3 or newer).
;
; Packs the PyInstaller folder dist\vnhr-desktop\ (packaging\vnhr-desktop.spec)
; into dist\installer\vnhr-desktop-<version>-setup.exe:
;
;   ISCC /DAppVersion=0.1.0 packaging\vnhr-desktop.iss
;
; packaging\build_windows.ps1 and .github\workflows\windows-build.yml pass the
; version read from pyproject.toml. Optional: /DBundleDir=<folder> (default
; ..\dist\vnhr-desktop, relative to this file) and /DOutputDir=<folder>.
; Build the bundle first (python packaging\build.py); without it ISCC stops
; with "No files found matching ...".
;
; - Pages in Vietnamese (packaging\inno\Vietnamese.isl, our own messages file:
;   Inno Setup's installation has no Vietnamese one); English with /LANG=en.
; - Installs for the current user without administrator rights by default
;   (%LOCALAPPDATA%\Programs\vnhr-desktop); the first dialog offers an
;   all-users install (Program Files) to those who have the rights; from the
;   command line: /ALLUSERS or /CURRENTUSER.
; - Start-menu shortcut and a desktop shortcut (a task, ticked by default).
; - Windows 10 or newer, 64-bit; older Windows gets a plain message.
; - Uninstalling removes the program only: the data folder
;   %LOCALAPPDATA%\vnhr-desktop (database, backups, logs) stays, and the
;   uninstaller says so.
; This file is ASCII on purpose; all Vietnamese text is in Vietnamese.isl.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible architecture identifiers)
#endif

#define AppName "vnhr-desktop"
#define AppExe "vnhr-desktop.exe"
#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC /DAppVersion=x.y.z packaging\vnhr-desktop.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\vnhr-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif

[Setup]
AppId={{D73CF919-AC0F-4826-B5C2-4FA009087F5D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user by default, no administrator rights needed; an override dialog lets
; an administrator install for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableWelcomePage=no
UsePreviousAppDir=yes
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Vietnamese whatever the Windows display language; /LANG=en for English.
LanguageDetectionMethod=none
ShowLanguageDialog=no
WizardStyle=modern
SetupIconFile=..\resources\app.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "vi"; MessagesFile: "compiler:Default.isl,inno\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
en.WinVersionTooLowError=vnhr-desktop needs Windows 10 or Windows 11 (%1 version %2 or later).%n%nThis computer runs an older version of Windows, so the program cannot be installed. Please upgrade Windows or ask your IT staff.
en.OnlyOnTheseArchitectures=vnhr-desktop installs only on 64-bit Windows 10 or Windows 11 (processors:%n%n%1).%n%nThis computer runs 32-bit Windows. Please ask your IT staff.
en.ConfirmUninstall=Remove %1 from this computer?%n%nYour data (database, backups and logs in your AppData\Local\vnhr-desktop folder) is kept and not deleted.

[CustomMessages]
en.AppDisplayName=Human-rights communication work
en.ShortcutName=vnhr-desktop
en.ShortcutComment=Plans, banners and slogans, conferences and trainings, result reports
en.DataFolderNote=Your data (the database vnhr.sqlite3, backups in backups\ and logs in logs\) lives in:%n%n%1%n%nUninstalling does not delete this folder. Back it up before a computer is reinstalled.
en.DataKeptAfterUninstall=The program has been removed. Your data is kept in:%n%n%1%n%nIf you install vnhr-desktop again it opens this data. If you no longer need it you can delete the folder yourself (copy it to a USB stick first).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the whole program folder, so no file of an older version
; (an old migration, an old library) is left behind to be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The app keeps its data in the user's local application data folder
  (platformdirs' user_data_dir, see vnhr_desktop/paths.py). }
function DataDir: String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

{ The "Ready to Install" page also tells where the data will live and that
  uninstalling keeps it. }
function UpdateReadyMemo(Space, NewLine, MemoUserInfoInfo, MemoDirInfo, MemoTypeInfo,
  MemoComponentsInfo, MemoGroupInfo, MemoTasksInfo: String): String;
begin
  Result := '';
  if MemoDirInfo <> '' then
    Result := Result + MemoDirInfo + NewLine + NewLine;
  if MemoGroupInfo <> '' then
    Result := Result + MemoGroupInfo + NewLine + NewLine;
  if MemoTasksInfo <> '' then
    Result := Result + MemoTasksInfo + NewLine + NewLine;
  Result := Result + FmtMessage(CustomMessage('DataFolderNote'), [DataDir]);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKeptAfterUninstall'), [DataDir]), mbInformation, MB_OK);
end;
