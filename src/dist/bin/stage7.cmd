@echo off
rem Stage7 launcher of the release (Windows): runs the command line with the jars in ..\lib.
rem Needs a Java 17 (or newer) runtime: JAVA_HOME, or java on the PATH.
rem STAGE7_JAVA_OPTS adds JVM options, e.g. set STAGE7_JAVA_OPTS=-Xmx4g
setlocal
set "LIB=%~dp0..\lib"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo stage7: no Java runtime found: install Java 17 or newer, or set JAVA_HOME 1>&2
  exit /b 69
)
"%JAVA%" %STAGE7_JAVA_OPTS% -cp "%LIB%\*" io.stage7.cli.Main %*
exit /b %ERRORLEVEL%
