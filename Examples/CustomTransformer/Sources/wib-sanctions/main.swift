import SanctionsTagger
import WIBCommandLine

// The whole `wib` command line, with `tag-sanctions` registered beside the built-in
// transformers: `wib-sanctions transformers` lists it, `wib-sanctions run` runs wib.yml with it.
await WIBCommandLine.main(transformers: [TagSanctions.self])
