// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

// A throwaway data directory for one test, removed when it goes out of scope.
class TempJournalDir
{
public:
    TempJournalDir() = default;
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

private:
    QTemporaryDir m_dir;
};
