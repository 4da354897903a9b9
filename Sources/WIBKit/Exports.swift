@_exported import WIBAnnotators
@_exported import WIBCore
@_exported import WIBExporters
@_exported import WIBMarkdown
@_exported import WIBReaders
