//! proptest strategies for the model types. Each yields values in the form
//! the parser produces (the canonical form), so render∘parse is the identity.
#![allow(dead_code)]

use chrono::NaiveDate;
use hermetica::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// One line of prose that the page layer reads as text: starts with a
/// letter, may hold links, brackets, commas and non-ASCII letters.
pub fn prose_line() -> impl Strategy<Value = String> {
    (
        "[A-Za-zé]",
        vec(
            prop_oneof![
                4 => "[a-z0-9 ,.;:%–µ-]{1,12}",
                1 => ("[a-z ]{1,8}", "/[a-z/-]{1,12}").prop_map(|(t, u)| format!("[{t}]({u})")),
                1 => Just(" (in vitro)".to_owned()),
                1 => Just(" [note]".to_owned()),
            ],
            0..6,
        ),
    )
        .prop_map(|(first, rest)| format!("{first}{}", rest.concat()))
}

/// A single line of plain text, possibly empty, without line breaks.
pub fn plain_line() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 ,.()&'/é–-]{0,24}"
}

/// Inline text in canonical form.
pub fn rich_text() -> impl Strategy<Value = RichText> {
    vec(prose_line(), 1..3).prop_map(|lines| RichText::from(lines.join("\n")))
}

fn rich_line() -> impl Strategy<Value = RichText> {
    prose_line().prop_map(RichText::from)
}

pub fn marker() -> impl Strategy<Value = Marker> {
    prop_oneof![Just(Marker::Bullet), Just(Marker::Dash), Just(Marker::Star)]
}

pub fn list() -> impl Strategy<Value = Block> {
    vec((marker(), rich_line()), 1..4).prop_map(|items| {
        Block::List(
            items
                .into_iter()
                .map(|(marker, text)| ListItem { marker, text })
                .collect(),
        )
    })
}

/// The strings, as shared strings.
fn shared(strings: Vec<String>) -> Vec<SharedStr> {
    strings.into_iter().map(SharedStr::from).collect()
}

pub fn table() -> impl Strategy<Value = Block> {
    vec(vec("[ A-Za-z0-9:-]{1,8}", 1..4), 1..4).prop_map(|rows| {
        Block::Table(Table {
            rows: rows
                .into_iter()
                .map(|raw_cells| Row {
                    raw_cells: raw_cells.into_iter().map(SharedStr::from).collect(),
                    closed: true,
                })
                .collect(),
        })
    })
}

/// A content block of prose.
pub fn prose_block() -> impl Strategy<Value = Block> {
    prop_oneof![3 => rich_text().prop_map(Block::Paragraph), 1 => list(), 1 => table()]
}

pub fn prose() -> impl Strategy<Value = Prose> {
    vec(prose_block(), 1..4).prop_map(|blocks| Prose { blocks })
}

pub fn benefit() -> impl Strategy<Value = Benefit> {
    (
        marker(),
        option::of("[A-Za-z][A-Za-z &-]{0,12}"),
        prose_line().prop_filter("ends without `)`", |t| !t.ends_with(')')),
        option::of("[a-z][a-z0-9 ,=:-]{0,20}"),
    )
        .prop_map(|(marker, title, text, qualifier)| Benefit {
            marker,
            title: title.map(SharedStr::from),
            text: RichText::from(text.as_str()),
            qualifier: qualifier.map(SharedStr::from),
        })
}

pub fn faq_item() -> impl Strategy<Value = FaqItem> {
    (plain_line(), prose()).prop_map(|(question, answer)| FaqItem {
        question: question.into(),
        answer,
    })
}

fn name() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9 ,()'-]{0,16}".prop_filter("no `, `", |s| !s.contains(", "))
}

/// An alias: may hold `, ` (written escaped) and balanced brackets.
pub fn alias() -> impl Strategy<Value = String> {
    (
        "[A-Za-z][A-Za-z0-9 ,'-]{0,12}",
        option::of("[a-z]{1,4}(, [a-z]{1,4})?"),
    )
        .prop_map(|(head, group)| match group {
            Some(g) => format!("{head} ({g})"),
            None => head,
        })
}

pub fn absolute_url() -> impl Strategy<Value = AbsoluteUrl> {
    prop_oneof![
        "[0-9]{1,8}".prop_map(|id| format!("https://pubmed.ncbi.nlm.nih.gov/{id}/")),
        "[a-z]{1,10}(/[a-z0-9-]{1,10}){0,2}".prop_map(|p| format!("https://example.org/{p}")),
        Just("https://ingredients.hermeticasuperfoods.com".to_owned()),
    ]
    .prop_map(|u| u.parse().expect("valid URL"))
}

pub fn reference() -> impl Strategy<Value = Reference> {
    prop_oneof![
        absolute_url().prop_map(|u| u.to_string()),
        (1u32..100_000_000).prop_map(|n| n.to_string()),
        (1u32..10_000_000).prop_map(|n| format!("PMC{n}")),
        (0u32..100_000_000).prop_map(|n| format!("NCT{n:08}")),
        ("[0-9]{4,9}", "[a-z0-9.()/-]{0,10}[a-z0-9]").prop_map(|(r, s)| format!("10.{r}/{s}")),
    ]
    .prop_map(|text| text.parse().expect("valid reference"))
}

fn other_heading() -> impl Strategy<Value = String> {
    plain_line().prop_filter("not a known heading", |h| {
        SectionKind::from_heading(h).is_none()
    })
}

/// A section kept as written: blocks separated by one to three empty lines.
pub fn other_section() -> impl Strategy<Value = OtherSection> {
    let content = prop_oneof![
        3 => prose_block(),
        1 => (3u8..=6, plain_line()).prop_map(|(level, text)| Block::Heading(Heading { level, text: text.into() })),
        1 => ("[A-Z][a-z ]{0,10}", plain_line()).prop_map(|(key, value)| Block::Field(Field { key: key.into(), value: value.into() })),
    ];
    (other_heading(), 0usize..3, vec((content, 1usize..4), 0..4)).prop_map(
        |(heading, lead, groups)| {
            let run = |lines: usize| Block::Blank(vec![""; lines].join("\n").into());
            let mut blocks = Vec::new();
            if lead > 0 {
                blocks.push(run(lead));
            }
            for (i, (block, blanks)) in groups.into_iter().enumerate() {
                if i > 0 || lead == 0 && matches!(block, Block::Paragraph(_)) {
                    blocks.push(run(blanks));
                }
                blocks.push(block);
            }
            OtherSection {
                heading: heading.into(),
                blocks,
            }
        },
    )
}

pub fn section() -> impl Strategy<Value = Section> {
    prop_oneof![
        prose().prop_map(Section::Overview),
        vec(benefit(), 1..5).prop_map(|items| Section::HealthBenefits(Benefits { items })),
        prose().prop_map(Section::MechanismOfAction),
        prose().prop_map(Section::ClinicalSummary),
        prose().prop_map(Section::NutritionalProfile),
        prose().prop_map(Section::DosageAndPreparation),
        prose().prop_map(Section::SafetyAndDrugInteractions),
        prose().prop_map(Section::ScientificResearch),
        prose().prop_map(Section::HistoricalAndCulturalContext),
        vec(name(), 1..6).prop_map(|names| Section::SynergisticCombinations(Combinations {
            names: shared(names)
        })),
        vec(faq_item(), 1..4).prop_map(|items| Section::FrequentlyAskedQuestions(Faq { items })),
        vec(reference(), 1..3).prop_map(|sources| Section::References(References { sources })),
        other_section().prop_map(Section::Other),
    ]
}

pub fn date() -> impl Strategy<Value = NaiveDate> {
    (1000i32..=9999, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("valid date"))
}

pub fn evidence_score() -> impl Strategy<Value = EvidenceScore> {
    (0u8..=10).prop_map(|n| EvidenceScore::new(n).expect("0-10"))
}

pub fn meta_line() -> impl Strategy<Value = MetaLine> {
    prop_oneof![
        absolute_url().prop_map(MetaLine::CanonicalUrl),
        plain_line().prop_map(|t| MetaLine::DataSource(t.into())),
        date().prop_map(MetaLine::Updated),
        evidence_score().prop_map(MetaLine::EvidenceScore),
        plain_line().prop_map(|t| MetaLine::Category(t.into())),
        vec(alias(), 1..5).prop_map(|names| MetaLine::AlsoKnownAs(Aliases {
            names: shared(names)
        })),
        ("[A-Z][a-z ]{0,12}", plain_line())
            .prop_filter("unknown key", |(k, _)| {
                !matches!(
                    k.as_str(),
                    "Canonical URL"
                        | "Data Source"
                        | "Updated"
                        | "Evidence Score"
                        | "Category"
                        | "Also Known As"
                )
            })
            .prop_map(|(key, value)| MetaLine::Field(Field {
                key: key.into(),
                value: value.into()
            })),
        Just(MetaLine::Other(Block::Blank(SharedStr::default()))),
    ]
}

pub fn footer_line() -> impl Strategy<Value = FooterLine> {
    prop_oneof![
        (plain_line(), absolute_url()).prop_map(|(publisher, site)| FooterLine::Source {
            publisher: publisher.into(),
            site
        }),
        ("[A-Z][A-Za-z0-9 .-]{0,12}", "[a-z]{1,8}@[a-z]{1,8}\\.com").prop_map(
            |(license, contact)| FooterLine::License {
                license: license.into(),
                contact: contact.into()
            }
        ),
        "[A-Za-z][A-Za-z ]{0,12}".prop_map(|t| FooterLine::Text(format!("*{t}*").into())),
    ]
}

/// An entry in canonical form, with any line endings it can carry.
pub fn entry() -> impl Strategy<Value = Entry> {
    (
        plain_line(),
        vec(meta_line(), 0..8),
        vec(section(), 0..8),
        option::of(vec(footer_line(), 1..4).prop_map(|lines| Footer { lines })),
        any::<bool>(),
        any::<bool>(),
        vec(any::<proptest::sample::Index>(), 0..4),
    )
        .prop_filter("a page has more than its title", |(_, m, s, f, ..)| {
            !m.is_empty() || !s.is_empty() || f.is_some()
        })
        .prop_map(
            |(title, metadata, sections, footer, crlf, final_newline, odd)| {
                // Adjacent blank lines form one run.
                let mut merged: Vec<MetaLine> = Vec::new();
                for line in metadata {
                    match (merged.last_mut(), line) {
                        (
                            Some(MetaLine::Other(Block::Blank(run))),
                            MetaLine::Other(Block::Blank(more)),
                        ) => {
                            *run = format!("{run}\n{more}").into();
                        }
                        (_, line) => merged.push(line),
                    }
                }
                let metadata = merged;
                let mut entry = Entry {
                    title: title.into(),
                    metadata,
                    sections,
                    footer,
                    layout: Layout::default(),
                };
                let text = entry.to_string();
                let lines = text.matches('\n').count();
                let last_empty = text.ends_with("\n\n") || text == "\n";
                entry.layout.final_newline = final_newline || last_empty;
                let with_endings = if entry.layout.final_newline {
                    lines
                } else {
                    lines - 1
                };
                if with_endings > 0 {
                    let mut odd: Vec<usize> = odd.iter().map(|i| i.index(with_endings)).collect();
                    odd.sort_unstable();
                    odd.dedup();
                    entry.layout.odd_lines = odd;
                }
                entry.layout.newline = if crlf { Newline::CrLf } else { Newline::Lf };
                // The dominant ending is the one most lines use: read it back.
                entry.layout = Document::from(entry.to_string().as_str()).layout;
                entry
            },
        )
}
