/// The keys from the root down to the value being encoded, kept as a chain from the value up so
/// that going one key down costs one small allocation rather than a copy of the whole path;
/// spelled out as `[any CodingKey]` only when asked (an encoder's `codingPath`, an error).
indirect enum EncodingPath {
    case root
    case key(any CodingKey, in: EncodingPath)

    /// The keys from the root down.
    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link = self
        while case .key(let key, let parent) = link {
            keys.append(key)
            link = parent
        }
        return keys.reversed()
    }
}
