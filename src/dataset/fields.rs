//! The fields of a record's JSON object, read by name in one pass.
//!
//! The publisher adds fields over time (its README lists `pubmed_ids` and
//! `citation_count`, which the sample lacks). A field this crate does not
//! know is kept as its JSON text, with the known field it followed, and
//! written back there: a line with a new field comes back byte for byte.
//! An optional field the line left out stays out when written.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde_json::value::RawValue;

use crate::error::{Error, ErrorKind};

/// The fields of a record that this crate does not type, each kept as its
/// JSON text where it stood in the line, and the optional fields the line
/// left out.
///
/// ```
/// use hermetica::dataset::read_interactions;
///
/// let line = r#"{"id":7,"substance_a_slug":"a","substance_a_name":"A","substance_b_slug":"b","substance_b_name":"B","severity":"minor","evidence_level":"limited","mechanism":"m","verdict_summary":"v","plain_english":"p","pubmed_ids":[101,202],"url":"https://example.org/interactions/a/b","updated_at":"2026-01-01T00:00:00+00:00"}"#;
/// let record = read_interactions(line.as_bytes()).next().unwrap().unwrap();
/// let field = record.unknown.get("pubmed_ids").unwrap();
/// assert_eq!(field.json(), "[101,202]");
/// assert_eq!(field.after(), Some("plain_english"));
/// assert_eq!(serde_json::to_string(&record).unwrap(), line);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnknownFields {
    fields: Vec<UnknownField>,
    omitted: Vec<&'static str>,
}

/// One field this crate does not know: its name, its value as JSON text,
/// and the known field it follows.
#[derive(Debug, Clone)]
pub struct UnknownField {
    name: String,
    value: Box<RawValue>,
    after: Option<&'static str>,
}

impl PartialEq for UnknownField {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.json() == other.json() && self.after == other.after
    }
}

impl Eq for UnknownField {}

impl UnknownField {
    /// The field's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The field's value, as the JSON text the line held.
    pub fn json(&self) -> &str {
        self.value.get()
    }

    /// The known field this one follows in the line; `None` when it came
    /// first.
    pub fn after(&self) -> Option<&'static str> {
        self.after
    }
}

impl UnknownFields {
    /// Whether the record has no unknown field and left out no optional one.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.omitted.is_empty()
    }

    /// The unknown fields, in line order.
    pub fn iter(&self) -> impl Iterator<Item = &UnknownField> {
        self.fields.iter()
    }

    /// The first unknown field called `name`.
    pub fn get(&self, name: &str) -> Option<&UnknownField> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The optional known fields the line left out (written out again
    /// only if given a value).
    pub fn omitted(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.omitted.iter().copied()
    }

    /// Adds a field after the known field `after` (`None`: first), after
    /// any unknown field already there. Line breaks between the JSON's
    /// tokens are dropped, as a record is one line. Writing the record
    /// refuses a field under the name of a known field, or after a name
    /// the record does not have.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidValue`] when `json` is not one JSON value.
    pub fn push(
        &mut self,
        name: impl Into<String>,
        json: &str,
        after: Option<&'static str>,
    ) -> Result<(), Error> {
        // Checked as given: dropping a line break could join what was not
        // one value (`1\n2`).
        let invalid = |e: serde_json::Error| {
            Error::unplaced(ErrorKind::InvalidValue {
                what: "unknown field",
                found: e.to_string(),
                reason: "expected one JSON value",
            })
        };
        RawValue::from_string(json.to_owned()).map_err(invalid)?;
        let value = RawValue::from_string(one_line(json).into_owned()).map_err(invalid)?;
        let name = name.into();
        self.fields.push(UnknownField { name, value, after });
        Ok(())
    }

    /// Removes every unknown field called `name`; whether there was one.
    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.fields.len();
        self.fields.retain(|f| f.name != name);
        self.fields.len() != before
    }

    /// Records that the line left out the optional field `name`.
    pub(crate) fn omit(&mut self, name: &'static str) {
        self.omitted.push(name);
    }

    /// Whether the line left out the optional field `name`.
    pub(crate) fn is_omitted(&self, name: &str) -> bool {
        self.omitted.contains(&name)
    }

    /// The fields to write after the known field `after` (`None`: first).
    fn following(&self, after: Option<&'static str>) -> impl Iterator<Item = &UnknownField> {
        self.fields.iter().filter(move |f| f.after == after)
    }
}

/// The JSON text without line breaks between its tokens (a line break
/// inside a string is always escaped, so every raw one is between tokens):
/// a value from CSV or from code, made fit for a one-line record.
pub(crate) fn one_line(json: &str) -> std::borrow::Cow<'_, str> {
    if !json.contains(['\n', '\r']) {
        return json.into();
    }
    json.chars()
        .filter(|c| !matches!(c, '\n' | '\r'))
        .collect::<String>()
        .into()
}

/// How a field is written in a CSV cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// A string, as its text.
    Text,
    /// A string or null: null is an empty cell; a string that is empty or
    /// starts with `"`, its JSON.
    OptionalText,
    /// Any other value, as its JSON.
    Json,
}

/// A record kind read and written field by field. `Slots` holds the known
/// fields as they are read; `finish` builds the record once the object
/// ends, naming the first required field that never came.
///
/// The trait is public only so that [`Record`](super::Record) can require
/// it; it is not reachable from outside the crate, which seals `Record`.
pub trait Fields: Sized {
    /// The known fields, in the publisher's order.
    const NAMES: &'static [&'static str];
    /// What the record is called in messages.
    const WHAT: &'static str;
    /// The known fields read so far.
    type Slots: Default;

    /// Reads the value of the known field `name` into `slots`.
    fn read<'de, A: MapAccess<'de>>(
        slots: &mut Self::Slots,
        name: &'static str,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// The record from its fields.
    fn finish<E: de::Error>(slots: Self::Slots, unknown: UnknownFields) -> Result<Self, E>;

    /// Writes the known field `name`, unless it is an omitted optional
    /// field still without a value.
    fn write<M: SerializeMap>(&self, name: &'static str, map: &mut M) -> Result<(), M::Error>;

    /// The record's unknown fields.
    fn unknown(&self) -> &UnknownFields;

    /// How the known field `name` is written in a CSV cell.
    fn cell(name: &str) -> Cell;
}

/// Reads a record of kind `T` from a JSON object.
pub(crate) fn deserialize<'de, D: de::Deserializer<'de>, T: Fields>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor::<T>(std::marker::PhantomData))
}

/// Writes a record of kind `T` as a JSON object: each known field in
/// order, each unknown field after the one it followed.
pub(crate) fn serialize<S: Serializer, T: Fields>(
    record: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let unknown = record.unknown();
    // A field added under a known name would make a line that does not
    // read back (a duplicate field), and one placed after a name the
    // record does not have would have no place: refused, not written.
    for field in unknown.iter() {
        let message = if T::NAMES.contains(&field.name()) {
            format!("has the name of a known field of {}", T::WHAT)
        } else if let Some(after) = field.after.filter(|a| !T::NAMES.contains(a)) {
            format!(
                "is placed after `{after}`, which is no field of {}",
                T::WHAT
            )
        } else {
            continue;
        };
        let message = format!("the unknown field `{}` {message}", field.name());
        return Err(serde::ser::Error::custom(message));
    }
    let mut map = serializer.serialize_map(None)?;
    for field in unknown.following(None) {
        map.serialize_entry(&field.name, &field.value)?;
    }
    for &name in T::NAMES {
        record.write(name, &mut map)?;
        for field in unknown.following(Some(name)) {
            map.serialize_entry(&field.name, &field.value)?;
        }
    }
    map.end()
}

/// A key of the object: one of the known names, or another.
enum Key {
    Known(&'static str),
    Unknown(String),
}

struct KeySeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match self.0.iter().find(|name| **name == key) {
            Some(name) => Key::Known(name),
            None => Key::Unknown(key.to_owned()),
        })
    }
}

struct ObjectVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Fields> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON object, {}", T::WHAT)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut slots = T::Slots::default();
        let mut unknown = UnknownFields::default();
        let mut seen: Vec<&'static str> = Vec::with_capacity(T::NAMES.len());
        while let Some(key) = map.next_key_seed(KeySeed(T::NAMES))? {
            match key {
                Key::Known(name) => {
                    if seen.contains(&name) {
                        return Err(de::Error::duplicate_field(name));
                    }
                    seen.push(name);
                    T::read(&mut slots, name, &mut map)?;
                }
                Key::Unknown(name) => {
                    let value = map.next_value()?;
                    let after = seen.last().copied();
                    unknown.fields.push(UnknownField { name, value, after });
                }
            }
        }
        T::finish(slots, unknown)
    }
}

/// The value of a required field, or the error naming it.
pub(crate) fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// The page form of an unknown field, a `**Record Field:**` metadata line's
/// value: the field as a one-field JSON object, then where it goes,
/// `{"pubmed_ids":[101]} after clinical_summary` or `{"x":1} first`.
impl UnknownField {
    /// The field as the value of a `**Record Field:**` line.
    pub(crate) fn page_value(&self) -> String {
        let name = serde_json::Value::from(self.name.as_str());
        let place = match self.after {
            Some(known) => format!("after {known}"),
            None => "first".to_owned(),
        };
        format!("{{{name}:{}}} {place}", self.json())
    }

    /// A field from a `**Record Field:**` line's value, placed among the
    /// known fields `names`.
    pub(crate) fn from_page_value(
        text: &str,
        names: &[&'static str],
    ) -> Result<UnknownField, &'static str> {
        const EXPECTED: &str = "expected a one-field JSON object, then `first` or `after` a field";
        let mut objects = serde_json::Deserializer::from_str(text).into_iter::<Entries>();
        let Some(Ok(Entries(fields))) = objects.next() else {
            return Err(EXPECTED);
        };
        let Ok([(name, value)]) = <[_; 1]>::try_from(fields) else {
            return Err(EXPECTED);
        };
        if names.contains(&name.as_str()) {
            return Err("a `Record Field` holds a field the record knows");
        }
        let after = match text.get(objects.byte_offset()..).unwrap_or_default() {
            " first" => None,
            place => {
                let known = place.strip_prefix(" after ").ok_or(EXPECTED)?;
                let known = names.iter().find(|n| **n == known);
                Some(*known.ok_or("`after` names no field of the record")?)
            }
        };
        Ok(UnknownField { name, value, after })
    }
}

impl UnknownFields {
    /// Adds a field read from its page form, after the fields already here.
    pub(crate) fn push_field(&mut self, field: UnknownField) {
        self.fields.push(field);
    }
}

/// A JSON object's fields in order, each value kept as text.
pub(crate) struct Entries(pub(crate) Vec<(String, Box<RawValue>)>);

impl<'de> serde::Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> serde::de::Visitor<'de> for EntriesVisitor {
            type Value = Entries;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}
