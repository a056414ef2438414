//! Which pictogram names the kiosk's Rust code passes to `<Icon name=…/>` and `<Picture name=…/>`,
//! read from the source text (core cannot depend on a Rust parser: it is also built for the
//! browser).
//!
//! The text is cut into tokens (comments dropped, so `leptosfmt`'s layout does not matter), then
//! each widget's `name` is followed back to the string literals it can hold: written in place
//! (`name="home"`), or through a name bound by `let` (a `match` or `if` giving names, a tuple taken
//! apart), by a closure's parameter (`line("touch", …)`, or the items of an array or option it
//! maps over), by a `for` loop, a `const`, or a component's own property (`<Note icon="bulb"/>`).
//! A `name` that comes from data (`tutorial.pictogram`) holds no literal: the data files are
//! checked on their own. A `name` bound in a way this scan does not follow is reported, so that
//! no pictogram escapes the check unseen.

use std::collections::BTreeSet;

/// The widgets that draw a file of `assets/icons/`, and the property that names it.
const SINKS: [(&str, &str); 2] = [("Icon", "name"), ("Picture", "name")];

/// How deep a name is followed from binding to binding.
const MAX_DEPTH: usize = 12;

/// One Rust file of the app: its path (relative to the repository) and its text.
pub struct SourceFile {
    /// Relative to the repository, with `/` (`src/pages/help.rs`).
    pub path: String,
    /// The whole file.
    pub text: String,
}

/// A string literal that reaches a pictogram widget.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NameUse {
    /// The file where the literal is written.
    pub file: String,
    /// Its line, from 1.
    pub line: usize,
    /// The literal: a pictogram's name.
    pub name: String,
}

/// A widget whose `name` this scan cannot follow back.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unfollowed {
    /// The file of the widget.
    pub file: String,
    /// The widget's line, from 1.
    pub line: usize,
    /// The widget as written, for the message (`<Icon name=icon />`).
    pub written: String,
}

/// Every pictogram name the files pass to a widget, and the widgets whose name cannot be followed.
pub fn pictogram_names(files: &[SourceFile]) -> (Vec<NameUse>, Vec<Unfollowed>) {
    let code = Code {
        files: files.iter().map(|f| Lexed::new(&f.path, &f.text)).collect(),
    };
    let mut found = BTreeSet::new();
    let mut unfollowed = BTreeSet::new();
    for (f, file) in code.files.iter().enumerate() {
        for (element, attribute) in SINKS {
            for (at, start, end) in file.attribute_values(element, attribute) {
                let mut resolver = Resolver {
                    code: &code,
                    active: Vec::new(),
                    found: &mut found,
                };
                let followed = resolver.value(f, start, end, &[], 0);
                if !followed {
                    let written: Vec<&str> = file.tokens[start..end]
                        .iter()
                        .map(|t| t.text.as_str())
                        .collect();
                    unfollowed.insert(Unfollowed {
                        file: file.path.clone(),
                        line: file.tokens[at].line,
                        written: format!("<{element} {attribute}={} />", written.join("")),
                    });
                }
            }
        }
    }
    (
        found.into_iter().collect(),
        unfollowed.into_iter().collect(),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ident,
    Str,
    Punct,
    /// Numbers, characters, lifetimes: never a name.
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    /// An identifier or punctuation as written; a string literal's content.
    text: String,
    line: usize,
}

/// One step from a value to the part of it a name is bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// The k-th member of a tuple.
    Member(usize),
    /// Each item of an array or iterator, or what an option holds.
    Item,
}

/// A file cut into tokens, with each bracket's partner.
struct Lexed {
    path: String,
    tokens: Vec<Token>,
    partner: Vec<Option<usize>>,
}

struct Code {
    files: Vec<Lexed>,
}

/// A place a name is bound to a value: the value's tokens `[start, end)` in `file`, and the steps
/// from that value to the name.
struct Binding {
    file: usize,
    start: usize,
    end: usize,
    steps: Vec<Step>,
}

fn lex(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let push = |tokens: &mut Vec<Token>, kind, text: String, line| {
        tokens.push(Token { kind, text, line });
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if let Some(hashes_at) = raw_string_start(&chars, i) {
            // r"…", r#"…"#, br"…": no escapes; ends at the quote followed by as many hashes.
            let mut hashes = 0;
            let mut j = hashes_at;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            let start_line = line;
            j += 1;
            let content_start = j;
            while j < chars.len() {
                if chars[j] == '"' && (1..=hashes).all(|h| at(j + h) == '#') {
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                j += 1;
            }
            let content: String = chars[content_start..j.min(chars.len())].iter().collect();
            push(&mut tokens, Kind::Str, content, start_line);
            i = j + 1 + hashes;
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            let start_line = line;
            let mut j = if c == 'b' { i + 2 } else { i + 1 };
            let mut content = String::new();
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    j += 1;
                    match at(j) {
                        '"' | '\\' | '\'' => content.push(at(j)),
                        '\n' => line += 1,
                        other => {
                            content.push('\\');
                            content.push(other);
                        }
                    }
                } else {
                    if chars[j] == '\n' {
                        line += 1;
                    }
                    content.push(chars[j]);
                }
                j += 1;
            }
            push(&mut tokens, Kind::Str, content, start_line);
            i = j + 1;
        } else if c == '\'' || (c == 'b' && at(i + 1) == '\'') {
            let q = if c == 'b' { i + 1 } else { i };
            if at(q + 1) == '\\' {
                let mut j = q + 3;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if at(q + 2) == '\'' {
                i = q + 3;
            } else {
                // A lifetime or a label: 'static, 'a.
                let mut j = q + 1;
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                i = j.max(q + 1);
            }
            push(&mut tokens, Kind::Other, String::new(), line);
        } else if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            // A raw identifier, r#type, is the identifier.
            if at(j) == '#' && j == i + 1 && c == 'r' {
                i = j + 1;
                continue;
            }
            push(&mut tokens, Kind::Ident, chars[i..j].iter().collect(), line);
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            push(&mut tokens, Kind::Other, String::new(), line);
            i = j;
        } else {
            let pair: String = [c, at(i + 1)].iter().collect();
            if ["=>", "->", "::"].contains(&pair.as_str()) {
                push(&mut tokens, Kind::Punct, pair, line);
                i += 2;
            } else {
                push(&mut tokens, Kind::Punct, c.to_string(), line);
                i += 1;
            }
        }
    }
    tokens
}

/// Where a raw string's hashes (or its quote) start, when one starts at `i`.
fn raw_string_start(chars: &[char], i: usize) -> Option<usize> {
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return None;
    }
    let after_r = match (at(i), at(i + 1)) {
        ('r', _) => i + 1,
        ('b', 'r') => i + 2,
        _ => return None,
    };
    let mut j = after_r;
    while at(j) == '#' {
        j += 1;
    }
    (at(j) == '"').then_some(after_r)
}

impl Lexed {
    fn new(path: &str, text: &str) -> Lexed {
        let tokens = lex(text);
        let mut partner = vec![None; tokens.len()];
        let mut open: Vec<usize> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            if token.kind != Kind::Punct {
                continue;
            }
            match token.text.as_str() {
                "(" | "[" | "{" => open.push(i),
                ")" | "]" | "}" => {
                    if let Some(o) = open.pop() {
                        partner[o] = Some(i);
                        partner[i] = Some(o);
                    }
                }
                _ => {}
            }
        }
        Lexed {
            path: path.to_string(),
            tokens,
            partner,
        }
    }

    fn is(&self, i: usize, text: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != Kind::Str && t.text == text)
    }

    fn ident(&self, i: usize) -> Option<&str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == Kind::Ident)
            .map(|t| t.text.as_str())
    }

    /// The index after the token at `i`, skipping the whole group when it opens one.
    fn skip(&self, i: usize) -> usize {
        match self.partner[i] {
            Some(p) if p > i => p + 1,
            _ => i + 1,
        }
    }

    /// `[start, end)` cut at its top-level commas (and, in `angles`, not inside `<…>`).
    fn split(&self, start: usize, end: usize, angles: bool) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut from = start;
        let mut depth = 0usize;
        let mut i = start;
        while i < end {
            if angles && self.is(i, "<") {
                depth += 1;
            } else if angles && self.is(i, ">") {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && self.is(i, ",") {
                parts.push((from, i));
                from = i + 1;
            }
            i = self.skip(i);
        }
        if from < end {
            parts.push((from, end));
        }
        parts
    }

    /// The end of the expression starting at `start`: the first top-level `;` (or `,` when
    /// `comma`), or the end of the enclosing group.
    fn expression_end(&self, start: usize, comma: bool) -> usize {
        let mut i = start;
        while i < self.tokens.len() {
            let token = &self.tokens[i];
            if token.kind == Kind::Punct
                && (token.text == ";"
                    || (comma && token.text == ",")
                    || matches!(token.text.as_str(), ")" | "]" | "}"))
            {
                return i;
            }
            i = self.skip(i);
        }
        i
    }

    /// The values given to `attribute` on each `<element …>`: (where, start, end).
    fn attribute_values(&self, element: &str, attribute: &str) -> Vec<(usize, usize, usize)> {
        let mut values = Vec::new();
        for i in 0..self.tokens.len() {
            if !(self.is(i, "<") && self.ident(i + 1) == Some(element)) {
                continue;
            }
            let mut j = i + 2;
            while j < self.tokens.len() && !self.is(j, ">") && !self.is(j, "<") {
                if self.ident(j) == Some(attribute) && self.is(j + 1, "=") {
                    let start = j + 2;
                    let end = self.attribute_value_end(start);
                    if end > start {
                        values.push((i, start, end));
                    }
                    j = end.max(start);
                } else {
                    j = self.skip(j);
                }
            }
        }
        values
    }

    /// The end of an attribute's value in `view!`: a literal, a group, or a path with its field
    /// accesses and calls (`tutorial.pictogram.clone()`).
    fn attribute_value_end(&self, start: usize) -> usize {
        let Some(first) = self.tokens.get(start) else {
            return start;
        };
        if first.kind == Kind::Str {
            return start + 1;
        }
        if matches!(first.text.as_str(), "{" | "(" | "[") && first.kind == Kind::Punct {
            return self.skip(start);
        }
        if first.kind != Kind::Ident {
            return start;
        }
        let mut i = start + 1;
        loop {
            if (self.is(i, ".") || self.is(i, "::")) && self.ident(i + 1).is_some() {
                i += 2;
            } else if self.is(i, "(") || self.is(i, "!") && self.is(i + 1, "(") {
                i = self.skip(if self.is(i, "!") { i + 1 } else { i });
            } else {
                return i;
            }
        }
    }

    /// Strips `&`, `mut`, and trailing conversions that keep the value (`.clone()`, `.iter()`).
    fn trim(&self, mut start: usize, mut end: usize) -> (usize, usize) {
        while start < end && (self.is(start, "&") || self.is(start, "mut")) {
            start += 1;
        }
        while end >= start + 4
            && self.is(end - 1, ")")
            && self.is(end - 2, "(")
            && self.is(end - 4, ".")
            && self.ident(end - 3).is_some_and(|m| {
                [
                    "clone",
                    "to_string",
                    "to_owned",
                    "into",
                    "as_str",
                    "as_ref",
                    "iter",
                    "into_iter",
                    "copied",
                    "cloned",
                ]
                .contains(&m)
            })
        {
            end -= 4;
        }
        (start, end)
    }

    /// `[start, end)` is one group opened by `open` (`(`, `[`, `{`).
    fn is_group(&self, start: usize, end: usize, open: &str) -> bool {
        end > start && self.is(start, open) && self.partner[start] == Some(end - 1)
    }
}

/// Keywords that can stand where a value is expected but name no binding.
const NOT_NAMES: [&str; 8] = [
    "true", "false", "self", "Self", "None", "move", "crate", "super",
];

struct Resolver<'a> {
    code: &'a Code,
    /// Bindings being followed, to stop at a loop.
    active: Vec<(usize, usize, Vec<Step>)>,
    found: &'a mut BTreeSet<NameUse>,
}

impl Resolver<'_> {
    /// Records the literals `[start, end)` of `file` can give, after `steps`. False when it is a
    /// bare name bound nowhere this scan can see.
    fn value(&mut self, f: usize, start: usize, end: usize, steps: &[Step], depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        let file = &self.code.files[f];
        let (start, end) = file.trim(start, end);
        if start >= end {
            return true;
        }
        if file.is_group(start, end, "{") {
            // A block gives its last expression.
            let mut last = start + 1;
            let mut i = start + 1;
            while i < end - 1 {
                if file.is(i, ";") {
                    last = i + 1;
                }
                i = file.skip(i);
            }
            return self.value(f, last, end - 1, steps, depth + 1);
        }
        if file.is(start, "match") {
            return self.match_arms(f, start, end, steps, depth);
        }
        if file.is(start, "if") {
            let mut i = start + 1;
            while i < end {
                if file.is(i, "{") {
                    let close = file.skip(i);
                    self.value(f, i, close, steps, depth + 1);
                    i = close;
                } else {
                    i = file.skip(i);
                }
            }
            return true;
        }
        if end == start + 1 {
            if let Some(name) = file.ident(start) {
                if NOT_NAMES.contains(&name) {
                    return true;
                }
                return self.name(f, name, steps, depth + 1);
            }
        }
        // `Some(x)`, `String::from(x)`, `vec![…]`.
        if file.ident(start) == Some("Some") && file.is_group(start + 1, end, "(") {
            let inner = if steps.first() == Some(&Step::Item) {
                &steps[1..]
            } else {
                steps
            };
            return self.value(f, start + 2, end - 1, inner, depth + 1);
        }
        if file.ident(start) == Some("String")
            && file.is(start + 1, "::")
            && file.ident(start + 2) == Some("from")
            && file.is_group(start + 3, end, "(")
        {
            return self.value(f, start + 4, end - 1, steps, depth + 1);
        }
        let list = if file.is_group(start, end, "[") {
            Some(start)
        } else if file.ident(start) == Some("vec")
            && file.is(start + 1, "!")
            && file.is_group(start + 2, end, "[")
        {
            Some(start + 2)
        } else {
            None
        };
        match (steps.first(), list) {
            (Some(Step::Item), Some(open)) => {
                for (a, b) in file.split(open + 1, end - 1, false) {
                    self.value(f, a, b, &steps[1..], depth + 1);
                }
                true
            }
            (Some(Step::Member(k)), _) if file.is_group(start, end, "(") => {
                let members = file.split(start + 1, end - 1, false);
                if let Some(&(a, b)) = members.get(*k) {
                    self.value(f, a, b, &steps[1..], depth + 1);
                }
                true
            }
            (None, _) if end == start + 1 && file.tokens[start].kind == Kind::Str => {
                let token = &file.tokens[start];
                self.found.insert(NameUse {
                    file: file.path.clone(),
                    line: token.line,
                    name: token.text.clone(),
                });
                true
            }
            // Anything else comes from data or a computation: nothing to check in the code.
            _ => true,
        }
    }

    fn match_arms(
        &mut self,
        f: usize,
        start: usize,
        end: usize,
        steps: &[Step],
        depth: usize,
    ) -> bool {
        let file = &self.code.files[f];
        let mut i = start + 1;
        while i < end && !file.is(i, "{") {
            i = file.skip(i);
        }
        if i >= end {
            return true;
        }
        let body_end = file.skip(i) - 1;
        let mut j = i + 1;
        while j < body_end {
            if file.is(j, "=>") {
                let arm = j + 1;
                let arm_end = if file.is(arm, "{") {
                    file.skip(arm)
                } else {
                    file.expression_end(arm, true).min(body_end)
                };
                self.value(f, arm, arm_end, steps, depth + 1);
                j = arm_end;
            } else {
                j = file.skip(j);
            }
        }
        true
    }

    /// Follows a bare name to its bindings. False when none is found.
    fn name(&mut self, f: usize, name: &str, steps: &[Step], depth: usize) -> bool {
        let bindings = self.bindings(f, name);
        if bindings.is_empty() {
            return false;
        }
        for binding in bindings {
            let mut path = binding.steps.clone();
            path.extend_from_slice(steps);
            let key = (binding.file, binding.start, path.clone());
            if self.active.contains(&key) {
                continue;
            }
            self.active.push(key);
            self.value(binding.file, binding.start, binding.end, &path, depth);
            self.active.pop();
        }
        true
    }

    /// Every place `name` is bound, in `f` (and, for a function's parameter, `const` or
    /// `static`, in every file).
    fn bindings(&self, f: usize, name: &str) -> Vec<Binding> {
        let file = &self.code.files[f];
        let mut found = Vec::new();
        for i in 0..file.tokens.len() {
            if file.is(i, "let") {
                self.let_binding(f, i, name, &mut found);
            } else if file.is(i, "for") {
                self.for_binding(f, i, name, &mut found);
            } else if file.is(i, "|") && opens_closure(file, i) {
                self.closure_binding(f, i, name, &mut found);
            } else if file.is(i, "fn") && file.ident(i + 1).is_some() {
                self.fn_binding(f, i, name, &mut found);
            }
        }
        for (g, other) in self.code.files.iter().enumerate() {
            for i in 0..other.tokens.len() {
                if (other.is(i, "const") || other.is(i, "static"))
                    && other.ident(i + 1) == Some(name)
                    && other.is(i + 2, ":")
                {
                    let mut j = i + 3;
                    while j < other.tokens.len() && !other.is(j, "=") && !other.is(j, ";") {
                        j = other.skip(j);
                    }
                    if other.is(j, "=") {
                        let end = other.expression_end(j + 1, false);
                        found.push(Binding {
                            file: g,
                            start: j + 1,
                            end,
                            steps: Vec::new(),
                        });
                    }
                }
            }
        }
        found
    }

    /// `let name = …;`, `let (a, name) = …;`, `let Some(name) = …`.
    fn let_binding(&self, f: usize, i: usize, name: &str, found: &mut Vec<Binding>) {
        let file = &self.code.files[f];
        let mut j = i + 1;
        while j < file.tokens.len() && !file.is(j, "=") && !file.is(j, ";") {
            j = file.skip(j);
        }
        if !file.is(j, "=") || file.is(j + 1, "=") {
            return;
        }
        let pattern_end = (i + 1..j)
            .find(|&k| file.is(k, ":"))
            .filter(|_| !file.is(i + 1, "("))
            .unwrap_or(j);
        let Some(steps) = pattern_steps(file, i + 1, pattern_end, name) else {
            return;
        };
        let end = file.expression_end(j + 1, false);
        found.push(Binding {
            file: f,
            start: j + 1,
            end,
            steps,
        });
    }

    /// `for name in …`, `for (a, name) in …`.
    fn for_binding(&self, f: usize, i: usize, name: &str, found: &mut Vec<Binding>) {
        let file = &self.code.files[f];
        let mut j = i + 1;
        while j < file.tokens.len() && !file.is(j, "in") && !file.is(j, "{") {
            j = file.skip(j);
        }
        if !file.is(j, "in") {
            return;
        }
        let Some(steps) = pattern_steps(file, i + 1, j, name) else {
            return;
        };
        let mut end = j + 1;
        while end < file.tokens.len() && !file.is(end, "{") {
            end = file.skip(end);
        }
        let mut path = vec![Step::Item];
        path.extend(steps);
        found.push(Binding {
            file: f,
            start: j + 1,
            end,
            steps: path,
        });
    }

    /// A closure's parameter: given by each call of the closure when it is named by `let`, or by
    /// the items (or the option's content) of what it is mapped over.
    fn closure_binding(&self, f: usize, open: usize, name: &str, found: &mut Vec<Binding>) {
        let file = &self.code.files[f];
        let Some(close) = (open + 1..file.tokens.len()).find(|&k| file.is(k, "|")) else {
            return;
        };
        let params = file.split(open + 1, close, true);
        let Some((position, steps)) = params.iter().enumerate().find_map(|(k, &(a, b))| {
            let b = (a..b).find(|&c| file.is(c, ":")).unwrap_or(b);
            pattern_steps(file, a, b, name).map(|s| (k, s))
        }) else {
            return;
        };
        let mut before = open.wrapping_sub(1);
        if file.is(before, "move") {
            before = before.wrapping_sub(1);
        }
        if file.is(before, "=")
            && file.is(before.wrapping_sub(2), "let")
            && file.ident(before.wrapping_sub(1)).is_some()
        {
            let closure = file.tokens[before - 1].text.clone();
            for (start, end) in calls(file, &closure, false) {
                if let Some(&(a, b)) = file.split(start, end, false).get(position) {
                    found.push(Binding {
                        file: f,
                        start: a,
                        end: b,
                        steps: steps.clone(),
                    });
                }
            }
        } else if file.is(before, "(")
            && file.ident(before.wrapping_sub(1)).is_some()
            && file.is(before.wrapping_sub(2), ".")
        {
            if let Some(receiver) = receiver(file, before - 2) {
                let mut path = vec![Step::Item];
                path.extend(steps);
                found.push(Binding {
                    file: f,
                    start: receiver,
                    end: before - 2,
                    steps: path,
                });
            }
        }
    }

    /// A function's parameter (a component's property): given by each call, and by each
    /// `<Component name=…>` in any file.
    fn fn_binding(&self, f: usize, i: usize, name: &str, found: &mut Vec<Binding>) {
        let file = &self.code.files[f];
        let function = file.tokens[i + 1].text.clone();
        let mut open = i + 2;
        if file.is(open, "<") {
            while open < file.tokens.len() && !file.is(open, "(") {
                open += 1;
            }
        }
        if !file.is(open, "(") {
            return;
        }
        let close = file.skip(open) - 1;
        let params = file.split(open + 1, close, true);
        let position = params.iter().position(|&(a, b)| {
            let mut a = a;
            while file.is(a, "#") {
                a = file.skip(a + 1);
            }
            if file.is(a, "mut") {
                a += 1;
            }
            a < b && file.ident(a) == Some(name) && file.is(a + 1, ":")
        });
        let Some(position) = position else {
            return;
        };
        for (g, other) in self.code.files.iter().enumerate() {
            for (start, end) in calls(other, &function, true) {
                if let Some(&(a, b)) = other.split(start, end, false).get(position) {
                    found.push(Binding {
                        file: g,
                        start: a,
                        end: b,
                        steps: Vec::new(),
                    });
                }
            }
            for (_, start, end) in other.attribute_values(&function, name) {
                found.push(Binding {
                    file: g,
                    start,
                    end,
                    steps: Vec::new(),
                });
            }
        }
    }
}

/// Whether the `|` at `i` opens a closure's parameters (not an "or").
fn opens_closure(file: &Lexed, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    ["move", "=", "(", ",", "{", "=>", ";", "[", "return"]
        .iter()
        .any(|t| file.is(before, t))
}

/// The steps from a pattern `[start, end)` to `name`: none for the name itself, a member for a
/// tuple (`(a, name)`), the content for `Some(name)`. `None` when the pattern does not bind it.
fn pattern_steps(file: &Lexed, start: usize, end: usize, name: &str) -> Option<Vec<Step>> {
    let (start, end) = {
        let mut s = start;
        while s < end && (file.is(s, "mut") || file.is(s, "&") || file.is(s, "ref")) {
            s += 1;
        }
        (s, end)
    };
    if end == start + 1 && file.ident(start) == Some(name) {
        return Some(Vec::new());
    }
    if file.is_group(start, end, "(") {
        for (k, (a, b)) in file
            .split(start + 1, end - 1, false)
            .into_iter()
            .enumerate()
        {
            if let Some(mut inner) = pattern_steps(file, a, b, name) {
                inner.insert(0, Step::Member(k));
                return Some(inner);
            }
        }
        return None;
    }
    if file.ident(start) == Some("Some") && file.is_group(start + 1, end, "(") {
        return pattern_steps(file, start + 2, end - 1, name).map(|mut inner| {
            inner.insert(0, Step::Item);
            inner
        });
    }
    None
}

/// The arguments `[start, end)` of each call `function(…)` in a file (not its definition, nor a
/// method of the same name unless `methods`).
fn calls(file: &Lexed, function: &str, methods: bool) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for i in 0..file.tokens.len() {
        if file.ident(i) != Some(function) || !file.is(i + 1, "(") {
            continue;
        }
        let before = i.checked_sub(1);
        let defined = before.is_some_and(|b| file.is(b, "fn"));
        let method = before.is_some_and(|b| file.is(b, "."));
        if defined || (method && !methods) {
            continue;
        }
        found.push((i + 2, file.skip(i + 1) - 1));
    }
    found
}

/// The start of the receiver of the method whose `.` is at `dot` (`[…].into_iter()` or `name`),
/// when it is a list or a name.
fn receiver(file: &Lexed, dot: usize) -> Option<usize> {
    let mut dot = dot;
    loop {
        let last = dot.checked_sub(1)?;
        if file.is(last, ")") {
            let open = file.partner[last]?;
            if file.ident(open.checked_sub(1)?).is_some() && file.is(open.checked_sub(2)?, ".") {
                dot = open - 2;
                continue;
            }
            return None;
        }
        if file.is(last, "]") {
            let open = file.partner[last]?;
            if open >= 2 && file.is(open - 1, "!") && file.ident(open - 2) == Some("vec") {
                return Some(open - 2);
            }
            return Some(open);
        }
        if file.ident(last).is_some() {
            let before = last.checked_sub(1);
            if before.is_some_and(|b| file.is(b, ".") || file.is(b, "::")) {
                return None;
            }
            return Some(last);
        }
        return None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> (Vec<String>, Vec<String>) {
        let files = [SourceFile {
            path: "src/x.rs".into(),
            text: text.into(),
        }];
        let (found, unfollowed) = pictogram_names(&files);
        let mut found: Vec<String> = found.into_iter().map(|u| u.name).collect();
        found.sort();
        (found, unfollowed.into_iter().map(|u| u.written).collect())
    }

    #[test]
    fn finds_a_literal_name_on_one_line_or_several() {
        let (found, _) = names(
            r#"view! { <Icon name="home" /> <Icon
                    name="back"
                /> <Picture name = "learn"/> }"#,
        );
        assert_eq!(found, ["back", "home", "learn"]);
    }

    #[test]
    fn ignores_comments_strings_and_lifetimes_around_it() {
        let (found, unfollowed) = names(
            r##"// <Icon name="commented" />
            /* <Icon name="blocked" /> */
            let s = "<Icon name=\"quoted\" />"; let r = r#"<Icon name="raw" />"#;
            fn f(x: &'static str) -> char { 'a' }
            view! { <Icon name="kept" /> }"##,
        );
        assert_eq!(found, ["kept"]);
        assert!(unfollowed.is_empty(), "{unfollowed:?}");
    }

    #[test]
    fn follows_a_match_into_its_arms() {
        let (found, _) = names(
            r#"let profile_icon = match outcome.profile {
                Profile::Discovering => "learn",
                Profile::WithHelp => { "together" }
                Profile::AlmostAutonomous => "check",
            };
            view! { <Icon name=profile_icon /> }"#,
        );
        assert_eq!(found, ["check", "learn", "together"]);
    }

    #[test]
    fn follows_a_tuple_taken_apart() {
        let (found, _) = names(
            r#"let (icon, caution) = match state {
                WorkerState::Ready
                | WorkerState::UpdateWaiting => ("check", ""),
                WorkerState::NotYet => ("alert", " k-note--caution"),
            };
            view! { <Icon name=icon /> }"#,
        );
        assert_eq!(found, ["alert", "check"]);
    }

    #[test]
    fn follows_a_named_closure_to_its_calls() {
        let (found, _) = names(
            r#"let line = move |icon: &'static str, text: fn(i18n::Locale) -> String| {
                view! { <li><Icon name=icon /></li> }
            };
            let note = |kind: &'static str, icon: &'static str, id: &'static Option<String>| {
                view! { <Icon name=icon /> }
            };
            view! { {line("touch", |l| t!(l, "help-tap"))} {note("tip", "bulb", &step.tip)} }"#,
        );
        assert_eq!(found, ["bulb", "touch"]);
    }

    #[test]
    fn follows_a_mapped_list_of_tuples() {
        let (found, _) = names(
            r#"let choices = [
                (Screen::AgentLaunch, "start", "agent-launch-title"),
                (Screen::AgentStats, "chart", "agent-stats-title"),
            ]
            .into_iter()
            .map(|(screen, icon, title)| view! { <Icon name=icon /> })
            .collect_view();"#,
        );
        assert_eq!(found, ["chart", "start"]);
    }

    #[test]
    fn follows_an_option_through_a_closure_parameter() {
        let (found, unfollowed) = names(
            r#"let button = move |answer: String, pictogram: Option<String>| {
                view! { {pictogram.map(|p| view! { <Picture name=p /> })} }
            };
            button(a.id.clone(), Some(a.pictogram.clone()));
            button(b, Some("help".into()));
            button(c, None);"#,
        );
        assert_eq!(found, ["help"]);
        assert!(unfollowed.is_empty(), "{unfollowed:?}");
    }

    #[test]
    fn follows_a_loop_a_constant_and_a_component_property() {
        let files = [
            SourceFile {
                path: "src/a.rs".into(),
                text: r#"const WAIT: &str = "clock";
                for icon in ["eye", "eye-off"] { view! { <Icon name=icon /> }; }
                view! { <Icon name=WAIT /> }
                #[component]
                pub fn Note(#[prop(into)] label: String, icon: &'static str) -> impl IntoView {
                    view! { <Icon name=icon /> }
                }"#
                .into(),
            },
            SourceFile {
                path: "src/b.rs".into(),
                text: r#"view! { <Note label="x" icon="bulb" /> <Note
                    icon="alert"
                /> }"#
                    .into(),
            },
        ];
        let (found, unfollowed) = pictogram_names(&files);
        let mut found: Vec<(String, String)> =
            found.into_iter().map(|u| (u.file, u.name)).collect();
        found.sort();
        assert_eq!(
            found,
            [
                ("src/a.rs".to_string(), "clock".to_string()),
                ("src/a.rs".to_string(), "eye".to_string()),
                ("src/a.rs".to_string(), "eye-off".to_string()),
                ("src/b.rs".to_string(), "alert".to_string()),
                ("src/b.rs".to_string(), "bulb".to_string()),
            ]
        );
        assert!(unfollowed.is_empty(), "{unfollowed:?}");
    }

    #[test]
    fn data_names_are_left_to_the_data_check() {
        let (found, unfollowed) = names(
            r#"view! { <Picture name=tutorial.pictogram.clone() /> <Picture name=card.pictogram.clone() /> }"#,
        );
        assert!(found.is_empty(), "{found:?}");
        assert!(unfollowed.is_empty(), "{unfollowed:?}");
    }

    #[test]
    fn reports_a_name_it_cannot_follow() {
        let (_, unfollowed) =
            names("fn f(v: &[&'static str]) { helper(|icon| view! { <Icon name=icon /> }) }");
        assert_eq!(unfollowed, ["<Icon name=icon />"]);
    }

    /// Code being typed is cut anywhere: an open string, comment, bracket or closure never makes
    /// the scan panic or loop.
    #[test]
    fn survives_code_cut_anywhere() {
        let text = r##"let (icon, x) = match s { A => ("a", 'b'), _ => { "c" } };
            /* note */ let f = move |icon: &'static str, t: Vec<(u8, u8)>| view! { <Icon name=icon /> };
            f("d", vec![]); r#"raw "# b'\'' for i in [1] {} fn g<T>(name: T) {} <Picture name=p/>"##;
        for (cut, _) in text.char_indices() {
            let _ = names(&text[..cut]);
        }
    }

    #[test]
    fn gives_the_line_of_the_literal() {
        let files = [SourceFile {
            path: "src/x.rs".into(),
            text: "let a = 1;\n\nlet icon = \"home\";\nview! { <Icon name=icon /> }".into(),
        }];
        let (found, _) = pictogram_names(&files);
        assert_eq!(found[0].line, 3);
    }
}
