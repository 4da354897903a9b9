import ArgumentParser

/// In this module, `@Option` is swift-argument-parser's command-line option; a transformer's
/// option, which WIBKit also calls `Option`, is `WIBKit.Option`.
typealias Option = ArgumentParser.Option
