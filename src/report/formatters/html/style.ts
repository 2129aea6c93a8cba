// The HTML report's stylesheet: one inline <style>, allowed by its hash in the page's Content-Security-Policy.
export const STYLE = `
:root{--ink:#1d2433;--muted:#4b5565;--line:#d9dee7;--soft:#f5f7fa;--accent:#1f4e8c;
--good-bg:#d3f3df;--good-ink:#0b5130;--fair-bg:#fdeac0;--fair-ink:#6b3410;--poor-bg:#fbdcd9;--poor-ink:#8a1c13;--none-bg:#eceff3;--none-ink:#4b5565;
--error-bg:#fbdcd9;--error-ink:#8a1c13;--warning-bg:#fdeac0;--warning-ink:#6b3410;--info-bg:#dbe8fb;--info-ink:#163d79}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--soft);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
header.masthead{background:#14284b;color:#fff;padding:28px 0 24px}
.wrap{max-width:1320px;margin:0 auto;padding:0 24px}
.eyebrow{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;font-weight:600;color:#c5d3ea}
h1{margin:4px 0 12px;font-size:28px;line-height:1.2;font-weight:650}
.meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0;font-size:14px}
.meta div{display:flex;gap:6px}.meta dt{color:#c5d3ea}.meta dd{margin:0;font-weight:600}
main{padding:8px 0 40px}
section.block{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:20px 0}
h2{font-size:20px;margin:0 0 12px;line-height:1.3}
h3{font-size:16px;margin:20px 0 8px}
h4{font-size:14px;margin:16px 0 6px;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-weight:600;overflow-wrap:anywhere}
p{margin:8px 0}
.lead{color:var(--muted);max-width:80ch}
code,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.92em;overflow-wrap:anywhere}
a{color:var(--accent)}
.cards{display:grid;grid-template-columns:2fr repeat(5,1fr);gap:12px;margin-bottom:16px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}
.card .label{display:block;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
.card .value{display:block;font-size:28px;font-weight:700;line-height:1.2;margin-top:4px}
.card.overall .value{font-size:40px}.card .score-value{min-width:0}.card .unit{font-size:20px;font-weight:600}
.card.band-good{background:var(--good-bg);color:var(--good-ink);border-color:transparent}
.card.band-fair{background:var(--fair-bg);color:var(--fair-ink);border-color:transparent}
.card.band-poor{background:var(--poor-bg);color:var(--poor-ink);border-color:transparent}
.card.band-not-assessed{background:var(--none-bg);color:var(--none-ink);border-color:transparent}
.card[class*=band-] .label{color:inherit}
.card .band-text{font-weight:600}
.table-scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line);white-space:nowrap}
tbody th{font-weight:600}
tfoot th,tfoot td{border-top:2px solid var(--line);border-bottom:0;font-weight:700}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.score{font-variant-numeric:tabular-nums;text-align:center;line-height:1.25}
td.score .score-value{font-weight:700;font-size:16px}
td.score .score-band{display:block;font-size:11px;font-weight:600;letter-spacing:.02em}
table.scorecard th,table.scorecard td{padding:7px 6px}table.scorecard thead th{letter-spacing:0}table.scorecard td.score{min-width:60px}table.scorecard tbody th{min-width:9em}
table.by-category td.score{width:18%}
td.band-good{background:var(--good-bg);color:var(--good-ink)}
td.band-fair{background:var(--fair-bg);color:var(--fair-ink)}
td.band-poor{background:var(--poor-bg);color:var(--poor-ink)}
td.band-not-assessed{background:var(--none-bg);color:var(--none-ink)}
table.scorecard td.score{border-left:2px solid #fff}
.zero{color:#8a94a6}
td.own{font-style:italic}
.sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:700;white-space:nowrap}
.sev-error{background:var(--error-bg);color:var(--error-ink)}
.sev-warning{background:var(--warning-bg);color:var(--warning-ink)}
.sev-info{background:var(--info-bg);color:var(--info-ink)}
.method ol{padding-left:22px;max-width:90ch}.method li{margin:6px 0}
.filters{position:sticky;top:0;z-index:2;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:12px 0;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;box-shadow:0 2px 6px rgba(20,40,75,.08)}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center}
.filters legend{float:left;margin-right:8px;font-weight:700;font-size:13px}
.filters label{font-size:14px;cursor:pointer;white-space:nowrap}
.filters input[type=checkbox]{margin:0 4px 0 0;vertical-align:-1px}
.filters .field{display:flex;gap:6px;align-items:center;font-weight:700;font-size:13px}
.filters input[type=search],.filters select{font:inherit;font-weight:400;font-size:14px;padding:4px 8px;border:1px solid #aab3c2;border-radius:6px;background:#fff;color:var(--ink)}
.filters input[type=search]{width:18em}.filters select{max-width:16em}
.filter-status{flex-basis:100%;margin:0;font-weight:600;font-size:13px;color:var(--muted)}
th[aria-sort] button{all:unset;cursor:pointer;display:inline-flex;gap:4px;align-items:center;border-radius:3px}
th[aria-sort] button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
th[aria-sort] button::after{content:"↕";font-size:11px;color:#9aa3b2}
th[aria-sort=ascending] button::after{content:"▲";color:var(--ink)}
th[aria-sort=descending] button::after{content:"▼";color:var(--ink)}
td.change{text-align:center;font-weight:700;white-space:nowrap;font-variant-numeric:tabular-nums}
.up{color:var(--good-ink)}.down{color:var(--poor-ink)}
.badge-new{display:inline-block;padding:0 7px;border-radius:10px;background:var(--info-bg);color:var(--info-ink);font-size:12px;font-weight:700}
.card .change{display:block;font-size:14px;font-weight:600}
td.mqa{text-align:center;white-space:nowrap;font-variant-numeric:tabular-nums}td.mqa .score-band{display:block;font-size:11px}
details.dataset{border:1px solid var(--line);border-radius:6px;margin:8px 0;background:#fff}
details.dataset>summary{cursor:pointer;padding:8px 12px;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline;list-style:none}
details>summary::-webkit-details-marker{display:none}
details.dataset>summary::before,details.clean-datasets>summary::before{content:"▸";color:var(--muted);width:1em;display:inline-block}
details.dataset[open]>summary::before,details.clean-datasets[open]>summary::before{content:"▾"}
details.dataset[open]>summary{border-bottom:1px solid var(--line);background:var(--soft)}
details.dataset .ds-title{font-weight:650}
details.dataset .ds-title .name{font-weight:400;color:var(--muted);font-size:13px;margin-left:6px}
details.dataset .ds-dept{color:var(--muted);font-size:13px}
details.dataset .ds-counts{margin-left:auto;display:flex;gap:4px;align-items:center}
.ds-score{font-size:12px;font-weight:700;padding:1px 8px;border-radius:10px}
.ds-score.band-good{background:var(--good-bg);color:var(--good-ink)}.ds-score.band-fair{background:var(--fair-bg);color:var(--fair-ink)}.ds-score.band-poor{background:var(--poor-bg);color:var(--poor-ink)}.ds-score.band-not-assessed{background:var(--none-bg);color:var(--none-ink)}
.ds-body{padding:4px 12px 10px}
ul.why{margin:6px 0;padding-left:20px;font-size:13px;color:var(--muted)}
details.clean-datasets{margin:16px 0 0;color:var(--muted)}
details.clean-datasets .name{margin-left:6px;font-size:12px}
details.clean-datasets>summary{cursor:pointer;font-weight:600;list-style:none}
details.clean-datasets ul{columns:3 18em;font-size:13px;margin:8px 0;padding-left:20px}
.no-match{color:var(--muted);font-style:italic}
.dataset-meta{color:var(--muted);font-size:13px;margin:0}
table.findings td.pos{font-variant-numeric:tabular-nums;color:var(--muted)}
table.findings td.msg{overflow-wrap:anywhere}
.hint{display:block;color:var(--muted);font-size:13px;margin-top:2px}
.omitted,.clean{color:var(--muted);font-size:13px}
footer{color:var(--muted);font-size:13px;padding:0 0 32px}
table.datasets td:first-child{min-width:15em}
table.linking-breaks thead th{white-space:normal;text-transform:none;letter-spacing:0;font-size:13px;vertical-align:bottom}
table.linking-breaks td.num{width:14%}
table.linking-breaks th code{white-space:nowrap}
table.findings{table-layout:fixed}
table.findings col.c-pos{width:76px}table.findings col.c-sev{width:92px}table.findings col.c-cat{width:92px}table.findings col.c-rule{width:210px}
table.findings td.rule a,table.findings td.rule span{overflow-wrap:anywhere}
@media (max-width:900px){.cards{grid-template-columns:repeat(3,1fr)}.card.overall{grid-column:span 3}h1{font-size:22px}}
@media print{
@page{margin:14mm 12mm}
body{background:#fff;font-size:10pt}
header.masthead{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
.eyebrow,.meta dt{color:#333}
.wrap{max-width:none;padding:0}
section.block{border:0;padding:0;margin:14px 0}
.filters,.no-print,.no-match{display:none!important}
tr.finding[hidden],tbody tr[hidden]{display:table-row!important}
.file[hidden],details[hidden]{display:block!important}li[hidden]{display:list-item!important}
details::details-content{content-visibility:visible!important;display:block!important}
details>summary::before{content:""!important;width:0!important}
th[aria-sort] button::after{content:""!important}
details.dataset{break-inside:auto;border:0;border-top:1px solid #999;border-radius:0}
thead{display:table-header-group}
tr,.card{break-inside:avoid}
.cards{grid-template-columns:2fr repeat(5,1fr)!important}.card.overall{grid-column:auto!important}.card .value{font-size:20px}.card.overall .value{font-size:28px}
h2,h3,h4{break-after:avoid}
#findings{break-before:page}
.table-scroll{overflow:visible}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
