import WIBCore

/// A chart in a pack. In Markdown it is a fenced `mermaid` block, which GitHub draws (after its
/// caption, when it has one); in HTML it is inline SVG that WIBKit draws, in a `figure` element,
/// with no script, so an HTML pack never shows Mermaid source.
///
/// - `bars`: a bar chart: Mermaid `xychart-beta` (lying along the page when `horizontal`, for
///   names; standing up otherwise, for counts over time); SVG horizontal bars.
/// - `share`: how a whole divides: a Mermaid `pie`; SVG horizontal bars, which read better than a
///   pie on a phone.
/// - `timeline`: the pack's timeline: the Mermaid `timeline` text given; an SVG strip of the
///   events over time.
struct PackFigure {
    /// What is drawn.
    enum Drawing {
        /// Bars: `xychart-beta` in Markdown, lying along the page when `horizontal`.
        case bars(BarChart, horizontal: Bool)
        /// How a whole divides: a `pie` in Markdown.
        case share(BarChart)
        /// The timeline: `mermaid` (a Mermaid `timeline`) in Markdown, the strip in HTML.
        case timeline(TimelineStrip, mermaid: String)
    }

    /// What is drawn.
    let drawing: Drawing
    /// A sentence over the chart, without a final stop ("The same events as a diagram").
    let caption: String?

    /// Creates a figure.
    init(_ drawing: Drawing, caption: String? = nil) {
        self.drawing = drawing
        self.caption = caption
    }

    /// The Mermaid diagram's text.
    var mermaid: String {
        switch drawing {
        case .bars(let chart, let horizontal): MermaidXYChart(chart: chart, horizontal: horizontal).text
        case .share(let chart): MermaidPie(chart: chart).text
        case .timeline(_, let mermaid): mermaid
        }
    }

    /// The caption (with a word that GitHub draws the block) and the Mermaid block.
    var markdownBlocks: [Block] {
        let block = Block.codeBlock(CodeBlock(info: "mermaid", literal: mermaid, range: PackBlocks.range))
        guard let caption else { return [block] }
        return [PackBlocks.paragraph([.text("\(caption) (GitHub draws Mermaid blocks):")]), block]
    }

    /// The `figure` element: the caption, then the SVG; nothing when there is nothing to draw.
    var html: String {
        let svg = switch drawing {
        case .bars(let chart, _), .share(let chart): SVGBarChart(chart: chart).svg
        case .timeline(let strip, _): SVGTimelineStrip(strip: strip).svg
        }
        guard !svg.isEmpty else { return "" }
        let caption = self.caption.map { "<figcaption>\(SVGMarkup.escaped($0)):</figcaption>\n" } ?? ""
        return "<figure class=\"chart\">\n\(caption)\(svg)</figure>\n"
    }
}
