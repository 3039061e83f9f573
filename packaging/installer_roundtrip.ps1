<#
.SYNOPSIS
  The installer round trip on Windows, one step at a time: install, use, repair,
  upgrade, uninstall. .github/workflows/windows-build.yml runs every step after
  building the installers; packaging/WINDOWS-CHECKLIST.md runs them by hand.

.DESCRIPTION
  Works on the real per-user places: the program in
  %LOCALAPPDATA%\Programs\vnhr-desktop, the data in %LOCALAPPDATA%\vnhr-desktop.
  Run it on a machine (or a Windows account) without a vnhr-desktop of its own.

    pwsh packaging\installer_roundtrip.ps1 -Step install   -Setup dist\installer\vnhr-desktop-0.1.0-setup.exe
    pwsh packaging\installer_roundtrip.ps1 -Step use       -Version 0.1.0
    pwsh packaging\installer_roundtrip.ps1 -Step repair    -Setup dist\installer\vnhr-desktop-0.1.0-setup.exe -Version 0.1.0
    pwsh packaging\installer_roundtrip.ps1 -Step age-data
    pwsh packaging\installer_roundtrip.ps1 -Step upgrade   -Setup dist\installer\vnhr-desktop-0.1.1-setup.exe -Version 0.1.1
    pwsh packaging\installer_roundtrip.ps1 -Step uninstall

  install    silent per-user install (/VERYSILENT /CURRENTUSER); program files and
             Start-menu shortcut are there
  use        the installed vnhr-desktop-cli.exe: --version, --smoke (creates the data
             folder under %LOCALAPPDATA%), demo, export plan; the PDF is read back
  repair     the same setup again over the installed program: same version, data
             unchanged
  age-data   puts the database one schema revision back, as an older release left
             it, so the upgrade below has a migration to run (needs Python with
             this checkout's requirements, as in the workflow)
  upgrade    a setup with a higher version: new version runs, the data is kept and a
             "truoc-nang-cap" backup was made before migrating
  uninstall  silent uninstall: program folder, shortcut and uninstall entry gone, data
             folder kept

  Every command prints "exit code of <command>: <n>" and, in GitHub Actions, adds a
  row to the job summary. The step stops at the first failure.
#>
param(
    [Parameter(Mandatory)]
    [ValidateSet("install", "use", "repair", "age-data", "upgrade", "uninstall")]
    [string]$Step,
    [string]$Setup,
    [string]$Version
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3
[Console]::OutputEncoding = [Text.UTF8Encoding]::new($false)
$OutputEncoding = [Text.UTF8Encoding]::new($false)
Set-Location (Split-Path -Parent $PSScriptRoot)

$AppId = "{D73CF919-AC0F-4826-B5C2-4FA009087F5D}"  # packaging\vnhr-desktop.iss
$InstallDir = Join-Path $env:LOCALAPPDATA "Programs\vnhr-desktop"
$DataDir = Join-Path $env:LOCALAPPDATA "vnhr-desktop"
$Database = Join-Path $DataDir "vnhr.sqlite3"
$Cli = Join-Path $InstallDir "vnhr-desktop-cli.exe"
# The shortcut is named in the installer's language; both names start with vnhr-desktop.
$StartMenu = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs"
$UninstallKey = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\${AppId}_is1"
$Temp = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { $env:TEMP }
$Work = Join-Path $Temp "vnhr-roundtrip"
New-Item -ItemType Directory -Force $Work | Out-Null
$PlansBeforeUpgrade = Join-Path $Work "plans-before-upgrade.json"
if ($Setup) { $Setup = (Resolve-Path -LiteralPath $Setup).Path }

function Write-ExitCode([string]$What, [int]$Code) {
    Write-Host "exit code of ${What}: $Code"
    if ($env:GITHUB_STEP_SUMMARY) {
        Add-Content -LiteralPath $env:GITHUB_STEP_SUMMARY -Encoding utf8 -Value "| $Step | ``$What`` | $Code |"
    }
}

function Get-StartMenuLinks { Get-ChildItem -LiteralPath $StartMenu -Filter "vnhr-desktop*.lnk" -ErrorAction SilentlyContinue }

function Assert-True([bool]$Condition, [string]$What) {
    if (-not $Condition) { throw "check failed: $What" }
    Write-Host "checked: $What"
}

function Invoke-Cli([string[]]$Arguments, [switch]$Quiet) {
    # stdout is captured (UTF-8: the bundle runs in Python's UTF-8 mode); stderr goes to the log.
    $out = & $Cli @Arguments | Out-String
    $code = $LASTEXITCODE
    if (-not $Quiet) { Write-Host $out }
    Write-ExitCode "vnhr-desktop-cli $($Arguments -join ' ')" $code
    if ($code -ne 0) { throw "vnhr-desktop-cli $($Arguments -join ' ') exited with $code" }
    return $out
}

function Invoke-Python([string]$What, [string]$Code, [string[]]$Arguments) {
    $Code | python - @Arguments | Write-Host
    $exit = $LASTEXITCODE
    Write-ExitCode "python: $What" $exit
    if ($exit -ne 0) { throw "python ($What) exited with $exit" }
}

function Invoke-Setup([string]$What) {
    Assert-True ($Setup -and (Test-Path -LiteralPath $Setup)) "setup $Setup exists"
    $log = Join-Path $Work "$Step.log"
    $p = Start-Process -FilePath $Setup -Wait -PassThru `
        -ArgumentList "/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG=`"$log`""
    Write-ExitCode "$(Split-Path -Leaf $Setup) /VERYSILENT /CURRENTUSER ($What)" $p.ExitCode
    if ($p.ExitCode -ne 0) {
        Get-Content -LiteralPath $log -Tail 60 -ErrorAction SilentlyContinue | Write-Host
        throw "$What exited with $($p.ExitCode)"
    }
}

function Assert-Version {
    if (-not $Version) { return }
    $out = (Invoke-Cli @("--version")).Trim()
    Assert-True ($out -eq "vnhr-desktop $Version") "installed program reports vnhr-desktop $Version (got '$out')"
}

function Invoke-Smoke {
    $out = Invoke-Cli @("--smoke")
    Assert-True ($out -match "(?m)^ready \d+") "--smoke printed ready"
}

function Get-PlansJson { return (Invoke-Cli @("list", "plans", "--json") -Quiet) }

$CheckPdf = @'
import sys
from pathlib import Path

import pdfplumber

pdf_path, symbol = sys.argv[1], sys.argv[2]
with pdfplumber.open(pdf_path) as pdf:
    text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    print("pages", len(pdf.pages), "fonts", sorted(fonts))
assert "K\u1ebe HO\u1ea0CH" in text, "no KE HOACH heading"
assert symbol in text, f"no symbol {symbol}"
windows_fonts = Path(r"C:\Windows\Fonts")
times = all((windows_fonts / n).is_file() for n in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
expected = "TimesNewRoman" if times else "LiberationSerif"
assert fonts and all(f.startswith(expected) for f in fonts), f"expected {expected}, got {fonts}"
print("plan PDF ok:", expected)
'@

$AgeData = @'
import sqlite3
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from vnhr_desktop.persistence.engine import make_engine
from vnhr_desktop.persistence.migrate import alembic_config

db = Path(sys.argv[1])
cfg = alembic_config()
script = ScriptDirectory.from_config(cfg)
previous = script.get_revision(script.get_current_head()).down_revision
engine = make_engine(db, foreign_keys=False)
with engine.begin() as conn:
    cfg.attributes["connection"] = conn
    command.downgrade(cfg, previous)
engine.dispose()
con = sqlite3.connect(db)
print("schema put back to revision", previous, "user_version", con.execute("PRAGMA user_version").fetchone()[0])
con.close()
'@

$CheckUpgrade = @'
import sqlite3
import sys

from vnhr_desktop.persistence.schema import SCHEMA_VERSION

db, backup = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION, "database not migrated"
plans = con.execute("SELECT count(*) FROM plan").fetchone()[0]
con.close()
con = sqlite3.connect(backup)
assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "backup damaged"
assert con.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION, "backup is not the pre-upgrade state"
assert con.execute("SELECT count(*) FROM plan").fetchone()[0] == plans, "backup and database differ"
con.close()
print("migrated to", SCHEMA_VERSION, "with", plans, "plans; backup before migrating is sound")
'@

switch ($Step) {
    "install" {
        Assert-True (-not (Test-Path -LiteralPath $InstallDir)) "no earlier install in $InstallDir"
        Invoke-Setup "install"
        foreach ($file in "vnhr-desktop.exe", "vnhr-desktop-cli.exe", "unins000.exe") {
            Assert-True (Test-Path -LiteralPath (Join-Path $InstallDir $file)) "$file installed in $InstallDir"
        }
        Assert-True (@(Get-StartMenuLinks).Count -eq 1) "one Start-menu shortcut in $StartMenu"
        Assert-True (Test-Path -LiteralPath $UninstallKey) "uninstall entry for the current user"
    }
    "use" {
        Assert-Version
        Invoke-Smoke
        Assert-True (Test-Path -LiteralPath $Database) "database created under %LOCALAPPDATA%: $Database"
        Invoke-Cli @("demo") | Out-Null
        $plans = Get-PlansJson | ConvertFrom-Json
        $plan = $plans | Where-Object { $_.kind -eq "own" } | Select-Object -First 1
        Assert-True ($null -ne $plan) "the sample campaign has an own plan"
        $pdf = Join-Path $Work "ke-hoach.pdf"
        Invoke-Cli @("export", "plan", "$($plan.id)", "--out", $pdf) | Out-Null
        Assert-True ((Get-Item -LiteralPath $pdf).Length -gt 1000) "plan PDF written: $pdf"
        Invoke-Python "check the plan PDF" $CheckPdf @($pdf, $plan.symbol)
    }
    "repair" {
        $before = Get-PlansJson
        Invoke-Setup "repair"
        Assert-Version
        Invoke-Smoke
        Assert-True ((Get-PlansJson) -eq $before) "data unchanged by the repair install"
    }
    "age-data" {
        # Read the data now: after this step the installed (current) program would
        # migrate it back itself, so the upgrade step starts no program before installing.
        Get-PlansJson | Set-Content -LiteralPath $PlansBeforeUpgrade -Encoding utf8 -NoNewline
        Invoke-Python "put the database one schema revision back" $AgeData @($Database)
    }
    "upgrade" {
        $before = Get-Content -LiteralPath $PlansBeforeUpgrade -Raw -Encoding utf8
        $started = Get-Date
        Invoke-Setup "upgrade"
        Assert-Version
        Invoke-Smoke
        $backup = Get-ChildItem -LiteralPath (Join-Path $DataDir "backups") -Filter "*-truoc-nang-cap.sqlite3" |
            Where-Object { $_.LastWriteTime -ge $started } | Select-Object -First 1
        Assert-True ($null -ne $backup) "a backup was made before migrating"
        Write-Host "backup before migrating: $($backup.FullName)"
        Invoke-Python "check the migrated database and its backup" $CheckUpgrade @($Database, $backup.FullName)
        Assert-True ((Get-PlansJson).Trim() -eq $before.Trim()) "data kept by the upgrade"
    }
    "uninstall" {
        $uninstaller = Join-Path $InstallDir "unins000.exe"
        Assert-True (Test-Path -LiteralPath $uninstaller) "uninstaller $uninstaller"
        $p = Start-Process -FilePath $uninstaller -Wait -PassThru -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"
        Write-ExitCode "unins000.exe /VERYSILENT" $p.ExitCode
        if ($p.ExitCode -ne 0) { throw "uninstall exited with $($p.ExitCode)" }
        # The uninstaller finishes from a copy of itself in %TEMP%: wait for the folder to go.
        $deadline = (Get-Date).AddSeconds(120)
        while ((Test-Path -LiteralPath $InstallDir) -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 1 }
        Assert-True (-not (Test-Path -LiteralPath $InstallDir)) "program folder $InstallDir is gone"
        Assert-True (@(Get-StartMenuLinks).Count -eq 0) "Start-menu shortcut is gone"
        Assert-True (-not (Test-Path -LiteralPath $UninstallKey)) "uninstall entry is gone"
        Assert-True (Test-Path -LiteralPath $Database) "data folder kept: $Database"
        Assert-True (@(Get-ChildItem -LiteralPath (Join-Path $DataDir "backups")).Count -gt 0) "backups kept"
    }
}
Write-Host "step ${Step}: done"
