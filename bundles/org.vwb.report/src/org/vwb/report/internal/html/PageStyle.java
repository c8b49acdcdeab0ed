package org.vwb.report.internal.html;

/** The page's style sheet, inline so the file stands alone; system fonts only, nothing to download. */
final class PageStyle {

    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0 auto;\
            max-width:1200px;padding:0 24px 40px;background:#fff}
            header{border-bottom:2px solid #4e79a7;margin-bottom:8px}h1{font-size:24px;margin:24px 0 4px}
            h2{font-size:18px;margin:28px 0 8px;color:#333}p.note{color:#666;font-size:13px}
            p.warning{color:#8a4b00;background:#fff6e5;border-left:3px solid #e8a33d;padding:4px 10px}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums}
            th,td{padding:4px 10px;border-bottom:1px solid #e3e3e3;text-align:right;vertical-align:top}
            .scroll{overflow-x:auto;max-width:100%}table.comparison th,table.comparison td{min-width:6.5em;\
            max-width:14em;overflow-wrap:anywhere}
            thead th{border-bottom:2px solid #999}tbody th{text-align:left;font-weight:normal;\
            color:#444;position:sticky;left:0;background:#fff;min-width:12em}tbody tr:hover{background:#f5f8fb}
            table.citations td{text-align:left}table.citations td.num{text-align:right}
            .swatch{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px}
            .charts{display:flex;flex-wrap:wrap;gap:12px 28px}figure{margin:0;max-width:100%}\
            figure.wide{overflow-x:auto}figure:not(.wide) svg{max-width:100%;height:auto}figcaption{max-width:720px}
            .pair{display:flex;gap:12px 24px;align-items:flex-start}.pair figure{flex:1 1 0;min-width:0}\
            .pair svg{width:100%;height:auto}h3{font-size:15px;margin:18px 0 6px;color:#444}\
            .pair figure:only-child svg{width:auto;max-width:100%}@media (max-width:900px){.pair{flex-direction:column}}
            svg text{font:12px system-ui,sans-serif;fill:#333}svg .chart-title{font-weight:600;font-size:13px}
            svg .tick,svg .axis,svg .lane-total,svg .step-figures{fill:#666;font-size:11px}
            svg .grid{stroke:#e6e6e6}svg .grid.minor{stroke:#f3f3f3}svg .guide{stroke:#eee}\
            svg .p99{stroke:#999;stroke-dasharray:4 3}svg .lane{fill:#f6f7f9;stroke:#e1e4e8}svg .lane-name{font-weight:600}
            svg .step-name{fill:#fff;font-size:11px}svg .step-name.outside{fill:#333}svg .hop{stroke:#555;stroke-width:1.2}
            footer{margin-top:36px;color:#888;font-size:12px}
            @media print{body{max-width:none}tbody tr:hover{background:none}}
            """;

    private PageStyle() {
    }
}
