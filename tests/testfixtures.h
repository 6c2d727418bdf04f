#pragma once

#include "pydanticaicodec.h"

#include <QFile>
#include <QString>

/// The bytes of the file at @p path; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

/// A PydanticAI history of tests/data/pydantic-ai, decoded.
inline QList<ModelMessage> fixture(const QString &name)
{
    return PydanticAiCodec::decodeHistory(readAll(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + name)).value();
}
