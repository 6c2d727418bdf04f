#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

/// A fixed table between enum values and the names they have in JSON.
template<typename Enum, std::size_t Size>
using EnumNames = std::array<std::pair<Enum, const char16_t *>, Size>;

template<typename Enum, std::size_t Size>
std::optional<Enum> enumFromName(const EnumNames<Enum, Size> &names, QStringView name)
{
    for (const auto &[value, valueName] : names) {
        if (name == QStringView(valueName))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t Size>
QString enumName(const EnumNames<Enum, Size> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    return {};
}
