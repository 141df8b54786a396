//! The bodies of the fuzz targets: each takes any bytes and panics if a
//! property fails. Shared by the libFuzzer targets (`fuzz_targets/`) and by
//! the stable test `tests/fuzz_corpus.rs`, which runs every committed seed
//! and regression input through them.
#![allow(dead_code)]

use hermetica::{Document, Entry, Quantity};

/// Any bytes: no panic. When parsing succeeds the page renders back to
/// the exact input, and parses again to an equal value; the entry's
/// document view renders to the same page. The entry-level
/// readers (quantities, profile, citations, links, evidence) run too, and
/// [`hermetica::analyze`] finds what they find; lint runs, by page kind.
pub fn parse_entry(data: &[u8]) {
    let Ok(entry) = Entry::from_bytes(data) else {
        return;
    };
    let text = entry.to_string();
    assert_eq!(text.as_bytes(), data, "rendering gives back the input");
    assert_eq!(entry.to_page(), text, "both ways of rendering agree");
    assert_eq!(
        entry.to_document().to_string(),
        text,
        "the document view renders the page"
    );
    let again: Entry = text.parse().expect("a rendered entry parses");
    assert_eq!(again, entry);
    entry
        .check()
        .expect("a parsed entry reads back from its page");
    let analysis = hermetica::analyze(&text).expect("a parsed page analyzes");
    assert_eq!(analysis.entry(), &entry);
    for q in analysis.quantities() {
        assert_eq!(q.span, q.value.span);
        assert_eq!(text.get(q.span.clone()), Some(q.value.text.as_str()));
    }
    for c in analysis.citations() {
        assert_eq!(text.get(c.span.clone()), Some(c.value.text.as_str()));
    }
    for l in analysis.resolved_links() {
        assert!(text.get(l.span.clone()).is_some());
    }
    for w in analysis.warnings() {
        assert!(text.get(w.span.clone()).is_some());
    }
    let _ = analysis.profile();
    let _ = analysis.evidence();
    // Lint checks the page by its kind; its findings point into the page.
    let _ = hermetica::PageKind::of(&entry);
    let _ = hermetica::dataset::InteractionIndexPage::from_entry(&entry);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    for d in hermetica::lint::lint(&text, today) {
        assert!(text.get(d.span.clone()).is_some(), "{d:?}");
    }
}

/// Any bytes: no panic; a document renders back to the exact input.
pub fn parse_document(data: &[u8]) {
    let Ok(doc) = Document::from_bytes(data) else {
        return;
    };
    assert_eq!(doc.to_string().as_bytes(), data);
    assert_eq!(doc.to_page().as_bytes(), data);
}

/// Any string: no panic; success implies `Display`/`FromStr` round-trip.
pub fn quantity(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(q) = text.parse::<Quantity>() else {
        return;
    };
    assert_eq!(q.to_string(), text);
    assert_eq!(q.to_string().parse::<Quantity>().expect("reparse"), q);
    for bound in [q.low(), q.high()].into_iter().flatten() {
        assert!(bound.is_finite());
    }
    let _ = text.parse::<hermetica::Dose>();
}

/// Any string: no panic; a unit that reads renders to a UCUM code that
/// reads back to it, and converts to itself by a ratio of one; its symbol
/// reads back to it too.
pub fn unit(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(unit) = text.parse::<hermetica::Unit>() else {
        return;
    };
    let code = unit.code();
    let back = hermetica::Unit::from_code(&code).expect("the code reads back");
    assert_eq!(back, unit);
    assert_eq!(back.dimension(), unit.dimension());
    assert_eq!(
        unit.symbol()
            .parse::<hermetica::Unit>()
            .expect("the symbol reads back"),
        unit
    );
    if let Ok(q) = Quantity::new(2.0, Some(unit)) {
        let same = q.convert_to(unit).expect("a unit converts to itself");
        assert_eq!(same.low(), Some(2.0));
        assert_eq!(same.unit().map(|u| u.dimension()), Some(unit.dimension()));
    }
}

/// Every span lies inside the input, on char boundaries, in order and
/// without overlap, and its text is the input's slice.
pub fn extract_quantities(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut end = 0;
    for m in hermetica::quantities(text) {
        assert!(m.span.start >= end, "in order, no overlap");
        assert!(m.span.start < m.span.end && m.span.end <= text.len());
        assert_eq!(
            text.get(m.span.clone()),
            Some(m.text.as_str()),
            "on char boundaries"
        );
        end = m.span.end;
    }
}

/// Citation spans: inside, ordered, non-overlapping; identifiers render
/// to text that parses back to them.
pub fn citations(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut end = 0;
    for c in hermetica::citations(text) {
        assert!(c.span.start >= end && c.span.end <= text.len());
        assert_eq!(text.get(c.span.clone()), Some(c.text.as_str()));
        if let Some(id) = c.identifier() {
            assert_eq!(
                &id.to_string()
                    .parse::<hermetica::Identifier>()
                    .expect("reparse"),
                id
            );
        }
        end = c.span.end;
    }
    if let Ok(r) = text.parse::<hermetica::Reference>() {
        assert_eq!(r.to_string(), text);
    }
    absolute_url(text);
}

/// A URL read by this crate, parsed on demand, is the one the `url` crate
/// reads, and a target joined to a page's URL is the one the `url` crate
/// joins.
fn absolute_url(text: &str) {
    if let Ok(url) = text.parse::<hermetica::AbsoluteUrl>() {
        let parsed = url::Url::parse(text).expect("a valid URL");
        assert_eq!(url.as_url(), &parsed);
        assert_eq!(url.host(), parsed.host_str());
        assert_eq!(url.path(), parsed.path());
        assert_eq!(url.as_str(), text);
    }
    let base: hermetica::AbsoluteUrl = "https://example.org/ingredients/tea"
        .parse()
        .expect("a valid URL");
    let joined = base.join(text);
    assert_eq!(
        joined.as_ref().map(|u| u.as_str()),
        base.as_url()
            .join(text)
            .ok()
            .filter(|u| !u.cannot_be_a_base())
            .as_ref()
            .map(url::Url::as_str)
    );
    if let Some(joined) = joined {
        assert_eq!(joined.as_url().as_str(), joined.as_str());
    }
}

/// An entry built from the bytes (see `build`) renders and parses back
/// to itself, and its document view renders to the same page.
pub fn entry_structured(data: &[u8]) {
    let mut u = arbitrary::Unstructured::new(data);
    let Ok(entry) = build::entry(&mut u) else {
        return;
    };
    let text = entry.to_string();
    let parsed: Entry = match text.parse() {
        Ok(parsed) => parsed,
        Err(e) => panic!("built entry does not parse: {e}\n{text:?}"),
    };
    assert_eq!(parsed, entry, "page: {text:?}");
    entry
        .check()
        .expect("an entry that reads back passes its check");
    assert_eq!(entry.to_page(), text, "both ways of rendering agree");
    assert_eq!(
        entry.to_document().to_string(),
        text,
        "the document view renders the page"
    );
}

/// Builds entries in the form the parser produces, from arbitrary bytes.
mod build {
    use arbitrary::{Result, Unstructured};
    use hermetica::*;

    const WORDS: &[&str] = &[
        "Rhodiola",
        "eases",
        "fatigue",
        "in",
        "adults",
        "at",
        "200mg",
        "daily",
        "(in vitro)",
        "[stress](/ingredients/condition/stress)",
        "2–4 hours",
        "PMID: 12345678",
        "n=40",
        "≥40 ng/mL",
        "IL-6",
        "µM",
        "é",
        ",",
        ";",
        "5%",
        "[note]",
        "(",
        ")",
    ];

    fn words(u: &mut Unstructured<'_>, max: usize) -> Result<String> {
        let n = u.int_in_range(1..=max)?;
        let mut out = String::from(*u.choose(&["A", "B", "Z", "É"])?);
        for _ in 0..n {
            out.push(' ');
            out.push_str(u.choose(WORDS)?);
        }
        Ok(out)
    }

    fn plain(u: &mut Unstructured<'_>) -> Result<String> {
        let n = u.int_in_range(0..=3)?;
        let parts: Vec<&&str> = (0..n)
            .map(|_| u.choose(&["Herb", "Compound", "x", "1,8-Cineole", "a b", "é"]))
            .collect::<Result<_>>()?;
        let parts: Vec<&str> = parts.into_iter().copied().collect();
        Ok(parts.join(" "))
    }

    fn rich(u: &mut Unstructured<'_>) -> Result<RichText> {
        let lines = u.int_in_range(1..=2)?;
        let text: Vec<String> = (0..lines).map(|_| words(u, 6)).collect::<Result<_>>()?;
        Ok(RichText::from(text.join("\n")))
    }

    fn marker(u: &mut Unstructured<'_>) -> Result<Marker> {
        Ok(*u.choose(&[Marker::Bullet, Marker::Dash, Marker::Star])?)
    }

    fn prose(u: &mut Unstructured<'_>) -> Result<Prose> {
        let n = u.int_in_range(1..=3)?;
        let mut blocks = Vec::new();
        for _ in 0..n {
            blocks.push(match u.int_in_range(0..=2)? {
                0 | 1 => Block::Paragraph(rich(u)?),
                _ => {
                    let items = u.int_in_range(1..=3)?;
                    let items = (0..items)
                        .map(|_| {
                            Ok(ListItem {
                                marker: marker(u)?,
                                text: RichText::from(words(u, 4)?),
                            })
                        })
                        .collect::<Result<_>>()?;
                    Block::List(items)
                }
            });
        }
        Ok(Prose { blocks })
    }

    fn section(u: &mut Unstructured<'_>) -> Result<Section> {
        Ok(match u.int_in_range(0..=5)? {
            0 => Section::Overview(prose(u)?),
            1 => {
                let n = u.int_in_range(1..=4)?;
                let items = (0..n)
                    .map(|_| {
                        let text = words(u, 5)?;
                        let text = if text.ends_with(')') {
                            format!("{text} x")
                        } else {
                            text
                        };
                        Ok(Benefit {
                            marker: marker(u)?,
                            title: if u.arbitrary()? {
                                Some("Focus".into())
                            } else {
                                None
                            },
                            text: RichText::from(text.as_str()),
                            qualifier: if u.arbitrary()? {
                                Some("animal studies, n=12".into())
                            } else {
                                None
                            },
                        })
                    })
                    .collect::<Result<_>>()?;
                Section::HealthBenefits(Benefits { items })
            }
            2 => Section::NutritionalProfile(prose(u)?),
            3 => Section::FrequentlyAskedQuestions(Faq {
                items: vec![FaqItem {
                    question: plain(u)?.into(),
                    answer: prose(u)?,
                }],
            }),
            4 => Section::SynergisticCombinations(Combinations {
                names: vec!["Ginger".into(), "Black pepper".into()],
            }),
            _ => Section::Other(OtherSection {
                heading: format!("Notes {}", u.int_in_range(0..=9)?).into(),
                blocks: vec![
                    Block::Blank(SharedStr::default()),
                    Block::Paragraph(rich(u)?),
                ],
            }),
        })
    }

    pub fn entry(u: &mut Unstructured<'_>) -> Result<Entry> {
        let mut metadata = Vec::new();
        for _ in 0..u.int_in_range(0..=4)? {
            metadata.push(match u.int_in_range(0..=4)? {
                0 => MetaLine::EvidenceScore(
                    EvidenceScore::new(u.int_in_range(0..=10)?)
                        .map_err(|_| arbitrary::Error::IncorrectFormat)?,
                ),
                1 => MetaLine::Category(plain(u)?.into()),
                2 => MetaLine::Updated(
                    chrono::NaiveDate::from_ymd_opt(
                        u.int_in_range(1000..=9999)?,
                        u.int_in_range(1..=12)?,
                        u.int_in_range(1..=28)?,
                    )
                    .ok_or(arbitrary::Error::IncorrectFormat)?,
                ),
                3 => MetaLine::AlsoKnownAs(Aliases {
                    names: vec!["AS-IV".into(), (plain(u)? + "x").into()],
                }),
                _ => MetaLine::Field(Field {
                    key: "Total Interactions".into(),
                    value: plain(u)?.into(),
                }),
            });
        }
        let sections = (0..u.int_in_range(0..=4)?)
            .map(|_| section(u))
            .collect::<Result<Vec<_>>>()?;
        if metadata.is_empty() && sections.is_empty() {
            return Err(arbitrary::Error::IncorrectFormat);
        }
        let mut entry = Entry {
            title: plain(u)?.into(),
            metadata,
            sections,
            footer: None,
            layout: Layout::default(),
        };
        if u.arbitrary()? {
            entry.layout.newline = Newline::CrLf;
        }
        entry.layout.final_newline = u.arbitrary()? || entry.to_string().ends_with("\n\n");
        Ok(entry)
    }
}

/// Any bytes as JSONL: no panic; every record read either becomes an
/// entry that gives back the record, or is refused with an error naming the
/// field; its page always renders back exactly.
pub fn dataset_record(data: &[u8]) {
    use hermetica::dataset::{IngredientRecord, InteractionRecord};
    let records: Vec<IngredientRecord> = hermetica::dataset::read_jsonl(data).flatten().collect();
    for record in &records {
        let page = record.to_page();
        if let Ok(entry) = page.parse::<Entry>() {
            assert_eq!(entry.to_string(), page);
        }
        if let Ok(entry) = record.to_entry() {
            let back = IngredientRecord::from_entry(&entry).expect("checked by to_entry");
            assert_eq!(&back, record, "record → page → record\n{page}");
        }
    }
    records_write_back(&records);
    let interactions: Vec<InteractionRecord> = hermetica::dataset::read_interactions(data)
        .flatten()
        .collect();
    records_write_back(&interactions);
}

/// Records read from JSONL are written and read back as the same records,
/// unknown fields and all; as CSV, the second round gives the first's text.
fn records_write_back<T: hermetica::dataset::Record + PartialEq + std::fmt::Debug>(records: &[T]) {
    use hermetica::dataset::{read_csv_records, read_records, write_csv, write_jsonl};
    let mut jsonl = Vec::new();
    write_jsonl(&mut jsonl, &[], records).expect("records read are written");
    let back: Vec<T> = read_records(jsonl.as_slice())
        .collect::<Result<_, _>>()
        .expect("written records read back");
    assert_eq!(back, records, "JSONL → records → JSONL → records");
    let mut csv = Vec::new();
    // A record holding one unknown field twice is refused, as documented.
    if write_csv(&mut csv, records).is_ok() {
        let back: Vec<T> = read_csv_records(csv.as_slice())
            .collect::<Result<_, _>>()
            .expect("written CSV reads back");
        let mut again = Vec::new();
        write_csv(&mut again, &back).expect("records read from CSV are written");
        assert_eq!(
            String::from_utf8_lossy(&again),
            String::from_utf8_lossy(&csv),
            "CSV → records → CSV"
        );
    }
}
