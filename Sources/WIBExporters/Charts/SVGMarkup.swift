/// What the SVG writers share: escaped text, numbers as SVG writes them, the width of text.
///
/// Every text that goes into an SVG (labels from posts included) goes through ``escaped(_:)``,
/// so no text can open an element or end an attribute.
enum SVGMarkup {
    /// The font every chart uses, as a `font-family` value.
    static let fontFamily = "Helvetica Neue, Arial, sans-serif"

    /// `text` for an element's content or a double- or single-quoted attribute: `&`, `<`, `>`, `"`
    /// and `'` as entities, and characters XML 1.0 forbids (controls other than tab, line feed and
    /// carriage return; U+FFFE, U+FFFF) as spaces.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `value` rounded to a tenth, without a trailing `.0`: `12`, `7.5`, `-3.2`. Written by hand,
    /// so no locale changes it.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// About how wide `text` is in the chart font at `size` units: 0.56 of the size a character,
    /// a little more than Arial's average, so labels fit.
    static func width(of text: String, size: Double) -> Double {
        Double(text.count) * size * 0.56
    }

    /// The opening `svg` tag of a chart `height` units tall and ``viewWidth`` wide, whose
    /// accessible name is `label`. The page's CSS scales it to the column.
    static func open(height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(viewWidth)) \(number(height))\" role=\"img\" "
            + "aria-label=\"\(escaped(label))\" font-family=\"\(fontFamily)\">"
    }

    /// The width of every chart in SVG units: about a phone's column (356 px on a 390-pixel
    /// phone), so that there text is close to the size it is drawn at; the page's CSS lets a chart
    /// grow to 460 px on wider screens.
    static let viewWidth = 400.0
}
