import WIBCommandLine

WIBCommandLine.main()
