import WIBCommandLine

await WIBCommandLine.main()
