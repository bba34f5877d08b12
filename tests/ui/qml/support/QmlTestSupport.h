// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>

/// What the Qt Quick tests need beyond the module: fresh data folders, the sample journal's path, and a look into
/// a journal's tables through a connection of its own (to check what reached the database).
class TestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TestSupport(QObject *parent = nullptr);

    /// A new, empty folder for a journal, removed when the test process ends.
    Q_INVOKABLE QString newDataDirectory();
    /// The path of resources/samples/sample-journal.json.
    Q_INVOKABLE QString sampleJournalPath() const;
    /// Writes `text` (UTF-8) to `path`; true on success.
    Q_INVOKABLE bool writeTextFile(const QString &path, const QString &text) const;
    /// The text of `path` (UTF-8), empty when it cannot be read.
    Q_INVOKABLE QString readTextFile(const QString &path) const;
    /// A file URL for `path`, as a file dialog would give it.
    Q_INVOKABLE QUrl fileUrl(const QString &path) const { return QUrl::fromLocalFile(path); }
    /// The rows `sql` returns from `dataDirectory`/journal.sqlite, each a map of column to value.
    Q_INVOKABLE QVariantList rows(const QString &dataDirectory, const QString &sql) const;
    /// QLocale::setDefault(QLocale(name)), as the window does for a language chosen in Settings; an empty name
    /// goes back to the system's locale.
    Q_INVOKABLE void setDefaultLocale(const QString &name) const;

private:
    QTemporaryDir m_root;
    int m_count = 0;
};
