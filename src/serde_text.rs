//! serde for types whose identity is their text: written as that text
//! (or as an object holding it), read back through `FromStr`.

/// `Serialize` as the `Display` text, `Deserialize` through `FromStr`.
macro_rules! as_text {
    ($ty:ty) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str($crate::serde_text::FromText(std::marker::PhantomData))
            }
        }
    };
}

/// Reads a value from a string through `FromStr`, inside the
/// deserializer's own call, so that a format with positions (serde_json)
/// gives the error the value's place.
#[cfg(feature = "serde")]
pub(crate) struct FromText<T>(pub(crate) std::marker::PhantomData<T>);

#[cfg(feature = "serde")]
impl<T> serde::de::Visitor<'_> for FromText<T>
where
    T: std::str::FromStr,
    T::Err: Why,
{
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
        text.parse().map_err(|e: T::Err| E::custom(e.why()))
    }
}

/// What a `FromStr` error says, without a snippet of the text: the
/// deserializer's error says where.
#[cfg(feature = "serde")]
pub(crate) trait Why {
    /// The reason, in one line.
    fn why(&self) -> String;
}

#[cfg(feature = "serde")]
impl Why for crate::Error {
    fn why(&self) -> String {
        self.kind().to_string()
    }
}

#[cfg(feature = "serde")]
impl Why for std::convert::Infallible {
    fn why(&self) -> String {
        match *self {}
    }
}

/// `Deserialize` from an object's `text` field through `FromStr`, for
/// types serialized as objects that spell out their parts.
macro_rules! from_text_field {
    ($ty:ty) => {
        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #[derive(serde::Deserialize)]
                struct Text {
                    text: String,
                }
                let Text { text } = Text::deserialize(deserializer)?;
                text.parse()
                    .map_err(|e: $crate::Error| serde::de::Error::custom(e.kind()))
            }
        }
    };
}

pub(crate) use {as_text, from_text_field};
