<#
.SYNOPSIS
  Build vnhr-desktop for Windows on an IT officer's PC: the one-folder bundle,
  a portable zip and the installer. The same steps as .github/workflows/windows-build.yml.

.DESCRIPTION
  Needs Python 3.11 (64-bit) and, for the installer, Inno Setup 6.3 or newer.
  With a wheelhouse\ folder (packaging\make_wheelhouse.py) it installs
  everything from there and needs no Internet.

    powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
    powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 -SkipInstaller

  Results:
    dist\vnhr-desktop\                               the program folder
    dist\vnhr-desktop-<version>-windows-portable.zip the same folder, zipped
    dist\installer\vnhr-desktop-<version>-setup.exe  the installer
#>
param(
    [string]$Python = "py -3.11",
    [string]$Wheelhouse = "wheelhouse",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# 1. A build venv with the project and PyInstaller.
$venv = "build\venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    $parts = @($Python -split " " | Where-Object { $_ })
    $pyArgs = @($parts | Select-Object -Skip 1)
    Invoke-Checked "creating $venv" { & $parts[0] @pyArgs -m venv $venv }
}
$py = (Resolve-Path "$venv\Scripts\python.exe").Path
if (Test-Path $Wheelhouse) {
    Write-Host "Installing from $Wheelhouse (offline)"
    # The wheelhouse holds a wheel of vnhr-desktop itself; the bundle is built
    # from this checkout's sources either way (the spec reads them from here).
    Invoke-Checked "pip install" { & $py -m pip install --no-index --find-links $Wheelhouse vnhr-desktop pyinstaller }
} else {
    Invoke-Checked "pip install" { & $py -m pip install --upgrade pip }
    Invoke-Checked "pip install" { & $py -m pip install . "pyinstaller>=6.10" }
}
$version = (& $py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
Write-Host "vnhr-desktop $version"

# 2. The bundle.
Invoke-Checked "packaging\build.py" { & $py packaging\build.py }

# 3. Smoke test: the console build must print "ready".
$data = Join-Path $env:TEMP ("vnhr-smoke-" + [guid]::NewGuid())
$out = & "dist\vnhr-desktop\vnhr-desktop-cli.exe" --data-dir $data --smoke | Out-String
Write-Host $out
if ($LASTEXITCODE -ne 0 -or $out -notmatch "(?m)^ready \d+") { throw "the bundle did not start (--smoke)" }
Remove-Item -Recurse -Force $data

# 4. Portable zip.
$zip = "dist\vnhr-desktop-$version-windows-portable.zip"
Compress-Archive -Path dist\vnhr-desktop -DestinationPath $zip -Force
Write-Host "Portable: $zip"

# 5. Installer.
if ($SkipInstaller) { return }
$iscc = @(
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
    (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install Inno Setup 6.3 or newer, or use -SkipInstaller" }
Invoke-Checked "ISCC" { & $iscc "/DAppVersion=$version" packaging\vnhr-desktop.iss }
Write-Host "Installer: dist\installer\vnhr-desktop-$version-setup.exe"
