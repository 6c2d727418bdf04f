#include "jsonscanner.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDepth = 512;

} // namespace

JsonScanner::JsonScanner(const QByteArray &input, Output output)
    : m_input(input)
    , m_mode(output)
    , m_position(input.constData())
    , m_end(input.constData() + input.size())
    , m_runStart(input.constData())
{ }

bool JsonScanner::scan()
{
    skipWhitespace();
    if (m_position != m_end)
        m_kind = *m_position;
    if (!value(0))
        return false;
    skipWhitespace();
    if (m_position != m_end)
        return fail(u"unexpected text after the JSON value"_s);
    flush();
    return true;
}

bool JsonScanner::value(int depth)
{
    if (m_position == m_end)
        return fail(u"the JSON ends too early"_s);
    switch (*m_position) {
    case '{':
        return object(depth + 1);
    case '[':
        return array(depth + 1);
    case '"':
        return string(nullptr);
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        return number();
    }
}

bool JsonScanner::object(int depth)
{
    if (depth > maxDepth)
        return fail(u"nested more than %1 levels deep"_s.arg(maxDepth));
    take();
    skipWhitespace();
    if (peek('}'))
        return take();
    QSet<QString> keys;
    while (true) {
        if (!peek('"'))
            return fail(u"expected a key in double quotes"_s);
        const char *keyStart = m_position;
        QString key;
        if (!string(&key))
            return false;
        if (keys.contains(key))
            return failAt(keyStart, u"duplicate key \"%1\" in an object"_s.arg(key));
        keys.insert(key);
        skipWhitespace();
        if (!peek(':'))
            return fail(u"expected ':' after a key"_s);
        take();
        skipWhitespace();
        const qsizetype start = outputPosition();
        if (!value(depth))
            return false;
        if (depth == 1)
            m_members.append({key, {start, outputPosition()}});
        skipWhitespace();
        if (peek('}'))
            return take();
        if (!peek(','))
            return fail(u"expected ',' or '}' in an object"_s);
        take();
        skipWhitespace();
    }
}

bool JsonScanner::array(int depth)
{
    if (depth > maxDepth)
        return fail(u"nested more than %1 levels deep"_s.arg(maxDepth));
    take();
    skipWhitespace();
    if (peek(']'))
        return take();
    while (true) {
        const qsizetype start = outputPosition();
        if (!value(depth))
            return false;
        if (depth == 1)
            m_elements.append({start, outputPosition()});
        skipWhitespace();
        if (peek(']'))
            return take();
        if (!peek(','))
            return fail(u"expected ',' or ']' in an array"_s);
        take();
        skipWhitespace();
    }
}

bool JsonScanner::string(QString *decoded)
{
    take();
    while (m_position != m_end) {
        // Plain ASCII, the bulk of most strings, needs no check beyond its byte value.
        const char *run = m_position;
        while (m_position != m_end) {
            const auto byte = static_cast<unsigned char>(*m_position);
            if (byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\')
                break;
            ++m_position;
        }
        if (decoded && m_position != run)
            decoded->append(QLatin1StringView(run, m_position - run));
        if (m_position == m_end)
            break;
        const auto byte = static_cast<unsigned char>(*m_position);
        if (byte == '"')
            return take();
        if (byte < 0x20)
            return fail(
                u"a raw control character (U+%1) in a string; it must be escaped"_s.arg(byte, 4, 16, QLatin1Char('0')));
        if (byte == '\\') {
            if (!escape(decoded))
                return false;
            continue;
        }
        const char *characterStart = m_position;
        if (!utf8Character())
            return false;
        if (decoded)
            decoded->append(QString::fromUtf8(characterStart, m_position - characterStart));
    }
    return fail(u"a string is not closed"_s);
}

bool JsonScanner::escape(QString *decoded)
{
    const char *start = m_position;
    take();
    if (m_position == m_end)
        return fail(u"a string is not closed"_s);
    const char kind = *m_position;
    take();
    static constexpr std::string_view simple = "\"\\/bfnrt";
    if (simple.find(kind) != std::string_view::npos) {
        if (decoded) {
            static constexpr std::string_view meaning = "\"\\/\b\f\n\r\t";
            decoded->append(QLatin1Char(meaning[simple.find(kind)]));
        }
        return true;
    }
    if (kind != 'u')
        return failAt(start, u"an unknown escape \\%1 in a string"_s.arg(QLatin1Char(kind)));
    const auto unit = hex4();
    if (!unit)
        return failAt(start, u"\\u must be followed by four hexadecimal digits"_s);
    if (QChar::isLowSurrogate(*unit))
        return failAt(start, u"a lone surrogate \\u%1 in a string"_s.arg(*unit, 4, 16, QLatin1Char('0')));
    if (QChar::isHighSurrogate(*unit)) {
        const bool paired = m_end - m_position >= 6 && m_position[0] == '\\' && m_position[1] == 'u';
        if (paired) {
            take(2);
            const auto low = hex4();
            if (low && QChar::isLowSurrogate(*low)) {
                if (decoded)
                    decoded->append(QChar(*unit)).append(QChar(*low));
                return true;
            }
        }
        return failAt(start, u"a lone surrogate \\u%1 in a string"_s.arg(*unit, 4, 16, QLatin1Char('0')));
    }
    if (decoded)
        decoded->append(QChar(*unit));
    return true;
}

std::optional<char16_t> JsonScanner::hex4()
{
    if (m_end - m_position < 4)
        return std::nullopt;
    bool ok = false;
    const uint unit = QByteArray(m_position, 4).toUInt(&ok, 16);
    for (int i = 0; i < 4; ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(m_position[i])))
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    take(4);
    return char16_t(unit);
}

bool JsonScanner::utf8Character()
{
    const auto lead = static_cast<unsigned char>(*m_position);
    int length = 1;
    char32_t codePoint = lead;
    char32_t minimum = 0;
    if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        codePoint = lead & 0x07;
        minimum = 0x10000;
    } else if (lead >= 0xe0) {
        length = 3;
        codePoint = lead & 0x0f;
        minimum = 0x800;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        codePoint = lead & 0x1f;
        minimum = 0x80;
    } else if (lead >= 0x80) {
        return fail(u"invalid UTF-8"_s);
    }
    if (m_end - m_position < length)
        return fail(u"invalid UTF-8"_s);
    for (int i = 1; i < length; ++i) {
        const auto continuation = static_cast<unsigned char>(m_position[i]);
        if ((continuation & 0xc0) != 0x80)
            return fail(u"invalid UTF-8"_s);
        codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        return fail(u"invalid UTF-8"_s);
    take(length);
    return true;
}

bool JsonScanner::number()
{
    const char *start = m_position;
    const auto digits = [this] {
        const char *from = m_position;
        while (m_position != m_end && std::isdigit(static_cast<unsigned char>(*m_position)))
            take();
        return m_position - from;
    };
    if (peek('-'))
        take();
    if (peek('0'))
        take();
    else if (digits() == 0)
        return failAt(start, u"expected a JSON value"_s);
    if (peek('.')) {
        take();
        if (digits() == 0)
            return failAt(start, u"a number needs digits after its decimal point"_s);
    }
    if (peek('e') || peek('E')) {
        take();
        if (peek('+') || peek('-'))
            take();
        if (digits() == 0)
            return failAt(start, u"a number needs digits in its exponent"_s);
    }
    return true;
}

bool JsonScanner::literal(std::string_view word)
{
    if (std::string_view(m_position, std::min<size_t>(word.size(), size_t(m_end - m_position))) != word)
        return fail(u"expected a JSON value"_s);
    take(int(word.size()));
    return true;
}

void JsonScanner::skipWhitespace()
{
    const auto isSpace = [this] {
        return m_position != m_end &&
            (*m_position == ' ' || *m_position == '\n' || *m_position == '\r' || *m_position == '\t');
    };
    if (!isSpace())
        return;
    flush();
    while (isSpace())
        ++m_position;
    m_runStart = m_position;
}

void JsonScanner::flush()
{
    if (m_mode == Output::None) {
        m_runStart = m_position;
        return;
    }
    // Text that is compact already (what the store holds) is shared, not copied.
    if (m_output.isEmpty() && m_runStart == m_input.constData() && m_position == m_end)
        m_output = m_input;
    else
        m_output.append(m_runStart, m_position - m_runStart);
    m_runStart = m_position;
}

qsizetype JsonScanner::outputPosition() const
{
    if (m_mode == Output::None)
        return m_position - m_input.constData();
    return m_output.size() + (m_position - m_runStart);
}

bool JsonScanner::failAt(const char *where, const QString &what)
{
    const QByteArrayView before(m_input.constData(), where - m_input.constData());
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(before.lastIndexOf('\n') + 1)).size() + 1;
    m_error =
        Error{Error::Code::InvalidData, u"malformed JSON at line %1, column %2: %3"_s.arg(line).arg(column).arg(what)};
    return false;
}
