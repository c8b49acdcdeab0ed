@echo off
rem vwb, the Virtualization Workbench's command line, for Windows: the same as the launch script 'vwb' (the
rem product is pure Java). Needs a Java 17+ runtime: %JAVA_HOME%\bin\java.exe, else java on the PATH. JVM options:
rem the installation's eclipse.ini (the lines after -vmargs), then %VWB_VMARGS%, which may override them. Equinox
rem keeps its cache per user and version in %XDG_CACHE_HOME%\vwb, else %LOCALAPPDATA%\vwb. The exit code is the
rem command's (0 ok, 1 invalid input or failed run, 2 usage error).
setlocal EnableExtensions DisableDelayedExpansion
set "home=%~dp0"
set "home=%home:~0,-1%"

if defined JAVA_HOME (set "java=%JAVA_HOME%\bin\java.exe") else (set "java=java")

set "launcher="
for %%J in ("%home%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~fJ"
set "version="
for %%J in ("%home%\plugins\org.vwb.headless_*.jar") do set "version=%%~nJ"
if not defined launcher goto incomplete
if not defined version goto incomplete
set "version=%version:org.vwb.headless_=%"

if defined XDG_CACHE_HOME (set "cache=%XDG_CACHE_HOME%") else (set "cache=%LOCALAPPDATA%")
set "configuration=%cache%\vwb\%version%"
if not exist "%configuration%\" mkdir "%configuration%" 2>nul
if not exist "%configuration%\" (
  echo vwb: cannot write the cache folder %configuration% ^(set XDG_CACHE_HOME to a writable folder^) 1>&2
  exit /b 1
)

rem eclipse.ini's JVM options; its collector is left out when VWB_VMARGS names one (two stop the JVM)
set "usergc="
if defined VWB_VMARGS (
  echo.%VWB_VMARGS%| findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul && set "usergc=yes"
)
set "vmargs="
set "after="
if exist "%home%\eclipse.ini" (
  for /f "usebackq delims=" %%L in ("%home%\eclipse.ini") do call :ini "%%L"
)

"%java%" %vmargs% %VWB_VMARGS% "-Dosgi.sharedConfiguration.area=%home%\configuration" "-Dgosh.home=%home%" -Dorg.jline.terminal.dumb=true ^
  "-Dosgi.logfile=%configuration%\vwb.log" -Declipse.log.size.max=1000 -Declipse.log.backup.max=1 ^
  -jar "%launcher%" -configuration "%configuration%" -data @none -user @none -nosplash ^
  -application org.vwb.headless.app %*
exit /b %ERRORLEVEL%

:ini
if "%~1"=="-vmargs" (
  set "after=yes"
  exit /b 0
)
if not defined after exit /b 0
if defined usergc (
  echo.%~1| findstr /r /c:"^-XX:+Use[A-Za-z]*GC$" >nul && exit /b 0
)
set vmargs=%vmargs% "%~1"
exit /b 0

:incomplete
echo vwb: %home% is not a complete vwb installation (plugins\ lacks the launcher or org.vwb.headless) 1>&2
exit /b 1
