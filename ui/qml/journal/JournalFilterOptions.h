// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace mosaic {

/// The choices of the timeline's filters, each a list of {value, label} with an "any" choice (value "") first: kinds
/// (the reflection kinds, wins and ritual notes), circles, people, the tags used and the distortions (the catalogue's
/// and those the person named). Loaded only while `active`, so a closed filter bar costs nothing.
class JournalFilterOptions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList circles READ circles NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList people READ people NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList tags READ tags NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList distortions READ distortions NOTIFY optionsChanged)

public:
    explicit JournalFilterOptions(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    bool active() const { return m_active; }
    void setActive(bool active);
    QVariantList kinds() const { return m_kinds; }
    QVariantList circles() const { return m_circles; }
    QVariantList people() const { return m_people; }
    QVariantList tags() const { return m_tags; }
    QVariantList distortions() const { return m_distortions; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void activeChanged();
    void optionsChanged();

private:
    QPointer<JournalSession> m_session;
    bool m_active = false;
    QVariantList m_kinds;
    QVariantList m_circles;
    QVariantList m_people;
    QVariantList m_tags;
    QVariantList m_distortions;
};

} // namespace mosaic
