//! How each kind of content value is written to the packed form and read back (see
//! [`super::packed`]). Structs and enums get their impls from [`super::declare`]; this file
//! holds the values they are made of.

use super::packed::Unpacker;
use super::texts::Text;

/// Where packed content is written: the build's writer (`authoring::pack`).
pub trait Writer {
    /// A small number: a count, a choice or a flag.
    fn num(&mut self, value: usize);
    /// A plain string: an id, a fact, a date or a link.
    fn str(&mut self, s: &'static str);
    /// A text in both languages.
    fn text(&mut self, t: &Text);
    /// Notes a list just written, for later values that refer to its items ([`Writer::listed`]).
    fn keep_list<T: PartialEq + 'static>(&mut self, list: &'static [T]);
    /// A reference to an item of a list noted by [`Writer::keep_list`].
    fn listed<T: PartialEq + 'static>(&mut self, item: &T);
}

/// A content value that is written to the packed form and read back in the same order.
pub trait Pack: Sized + 'static {
    /// Writes the value.
    fn pack<W: Writer>(&self, w: &mut W);

    /// Reads the value written by [`Pack::pack`].
    fn unpack(r: &mut Unpacker) -> Self;

    /// Called with a whole list of these once it is written.
    fn packed_list<W: Writer>(_list: &'static [Self], _w: &mut W) {}

    /// Called with a whole list of these once it is read.
    fn unpacked_list(_list: &'static [Self], _r: &mut Unpacker) {}
}

impl Pack for &'static str {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.str(self);
    }

    fn unpack(r: &mut Unpacker) -> Self {
        r.str()
    }
}

impl Pack for Text {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.text(self);
    }

    fn unpack(r: &mut Unpacker) -> Self {
        r.text()
    }
}

impl Pack for bool {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.num(usize::from(*self));
    }

    fn unpack(r: &mut Unpacker) -> Self {
        r.num() != 0
    }
}

impl Pack for u16 {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.num(usize::from(*self));
    }

    fn unpack(r: &mut Unpacker) -> Self {
        u16::try_from(r.num()).expect("packed number fits in u16")
    }
}

/// A flag, then the value if there is one.
impl<T: Pack> Pack for Option<T> {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.num(usize::from(self.is_some()));
        if let Some(value) = self {
            value.pack(w);
        }
    }

    fn unpack(r: &mut Unpacker) -> Self {
        (r.num() != 0).then(|| T::unpack(r))
    }
}

/// A small index (a tip's phase): 0 for none, else the index plus one, in one number.
impl Pack for Option<u8> {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.num(self.map_or(0, |i| usize::from(i) + 1));
    }

    fn unpack(r: &mut Unpacker) -> Self {
        match r.num() {
            0 => None,
            n => Some(u8::try_from(n - 1).expect("packed index fits in u8")),
        }
    }
}

/// The length, then each item.
impl<T: Pack> Pack for &'static [T] {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.num(self.len());
        for item in *self {
            item.pack(w);
        }
        T::packed_list(self, w);
    }

    // Inlined like the structs' own unpack: it keeps the wasm smaller.
    #[inline]
    fn unpack(r: &mut Unpacker) -> Self {
        let count = r.num();
        let list: &'static [T] = Box::leak((0..count).map(|_| T::unpack(r)).collect());
        T::unpacked_list(list, r);
        list
    }
}
