#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// Checks one JSON text as pydantic-core reads it and, unless told only to check, writes it
/// compactly; records where the elements of a top-level array or the members of a top-level
/// object are. See JsonText for what it refuses.
class JsonScanner
{
public:
    enum class Output {
        /// Builds the compact text; spans are in it.
        Compact,
        /// Copies nothing; spans are in the input, so a large text is checked without a second copy.
        None,
    };
    /// [start, end) of a value, in bytes.
    using Span = std::pair<qsizetype, qsizetype>;

    /// The bytes at @p span of @p bytes, without a copy: valid while @p bytes is.
    static QByteArray viewOf(const QByteArray &bytes, Span span)
    {
        return QByteArray::fromRawData(bytes.constData() + span.first, span.second - span.first);
    }

    explicit JsonScanner(const QByteArray &input, Output output = Output::Compact);
    /// The scanner keeps a reference to its input: a temporary would be gone before scan().
    JsonScanner(QByteArray &&input, Output output = Output::Compact) = delete;

    /// The whole input as one value; false with error() set when it is not JSON.
    bool scan();

    const QByteArray &output() const { return m_output; }
    /// Each element of a top-level array.
    const QList<Span> &elements() const { return m_elements; }
    /// The key and place of each member of a top-level object.
    const QList<std::pair<QString, Span>> &members() const { return m_members; }
    Error error() const { return m_error; }
    /// What the text is at its top: '[', '{', or another value's first byte.
    char kind() const { return m_kind; }

private:
    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    /// A string, copied as written; its decoded text goes to @p decoded when given (keys).
    bool string(QString *decoded);
    bool escape(QString *decoded);
    std::optional<char16_t> hex4();
    /// One UTF-8 encoded character: no overlong forms, surrogates or code points above U+10FFFF.
    bool utf8Character();
    bool number();
    bool literal(std::string_view word);
    /// Whitespace between tokens is left out of the output; everything else is copied in runs.
    void skipWhitespace();
    void flush();
    qsizetype outputPosition() const;
    bool peek(char c) const { return m_position != m_end && *m_position == c; }
    bool take(int count = 1)
    {
        m_position += count;
        return true;
    }
    bool fail(const QString &what) { return failAt(m_position, what); }
    bool failAt(const char *where, const QString &what);

    const QByteArray &m_input;
    const Output m_mode;
    const char *m_position;
    const char *m_end;
    /// Where the text not yet copied to m_output starts.
    const char *m_runStart;
    char m_kind = 0;
    QByteArray m_output;
    QList<Span> m_elements;
    QList<std::pair<QString, Span>> m_members;
    Error m_error;
};
