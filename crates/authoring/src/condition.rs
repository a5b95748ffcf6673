//! Parses `when` conditions such as `soort.kamp and not (vervoer.bus or vervoer.trein)`.

use super::leak::{leak_slice, leak_str};
use zelfcheck_engine::Condition;

/// Parses a condition; the error says what is wrong in plain words.
pub fn parse_condition(text: &str) -> Result<Condition, String> {
    let tokens = tokenize(text)?;
    let mut parser = Parser { tokens, at: 0 };
    let condition = parser.or()?;
    match parser.peek() {
        None => Ok(condition),
        Some(token) => Err(format!(
            "unexpected '{}' in condition '{text}'",
            token.show()
        )),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Fact(String),
    And,
    Or,
    Not,
    Open,
    Close,
}

impl Token {
    fn show(&self) -> String {
        match self {
            Token::Fact(f) => f.clone(),
            Token::And => "and".into(),
            Token::Or => "or".into(),
            Token::Not => "not".into(),
            Token::Open => "(".into(),
            Token::Close => ")".into(),
        }
    }
}

fn is_fact_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '.')
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '(' || c == ')' {
            chars.next();
            tokens.push(if c == '(' { Token::Open } else { Token::Close });
        } else if is_fact_char(c) {
            let mut end = start;
            while let Some(&(i, c)) = chars.peek() {
                if !is_fact_char(c) {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            tokens.push(match &text[start..end] {
                "and" => Token::And,
                "or" => Token::Or,
                "not" => Token::Not,
                word => Token::Fact(word.to_string()),
            });
        } else {
            return Err(format!(
                "'{c}' is not allowed in a condition; use fact names, and, or, not and brackets"
            ));
        }
    }
    if tokens.is_empty() {
        return Err("the condition is empty".into());
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn eat(&mut self, token: &Token) -> bool {
        let found = self.peek() == Some(token);
        if found {
            self.at += 1;
        }
        found
    }

    fn or(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.and()?];
        while self.eat(&Token::Or) {
            parts.push(self.and()?);
        }
        Ok(join(parts, Condition::Any))
    }

    fn and(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.unary()?];
        while self.eat(&Token::And) {
            parts.push(self.unary()?);
        }
        Ok(join(parts, Condition::All))
    }

    fn unary(&mut self) -> Result<Condition, String> {
        let token = self.peek().cloned();
        self.at += 1;
        match token {
            Some(Token::Not) => Ok(Condition::Not(Box::leak(Box::new(self.unary()?)))),
            Some(Token::Open) => {
                let inner = self.or()?;
                if self.eat(&Token::Close) {
                    Ok(inner)
                } else {
                    Err("a bracket '(' is not closed".into())
                }
            }
            Some(Token::Fact(fact)) => Ok(Condition::Fact(leak_str(fact))),
            Some(other) => Err(format!("expected a fact name, found '{}'", other.show())),
            None => Err("the condition ends too early".into()),
        }
    }
}

fn join(mut parts: Vec<Condition>, wrap: fn(&'static [Condition]) -> Condition) -> Condition {
    if parts.len() == 1 {
        parts.remove(0)
    } else {
        wrap(leak_slice(parts))
    }
}
