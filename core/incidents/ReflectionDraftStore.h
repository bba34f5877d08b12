// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mosaic {

/// A reflection left half-way: its incident (already saved, field by field, as it was written) and the step of the
/// guided flow it stopped at.
struct ReflectionDraft
{
    QString incidentId;
    int step = 0;
    QDateTime updatedAt;
    friend bool operator==(const ReflectionDraft &, const ReflectionDraft &) = default;
};

/// The reflections not finished yet, kept on this computer only (table reflection_drafts, schema step 3): they are
/// the window's state, not part of the interchange file.
class ReflectionDraftStore
{
public:
    explicit ReflectionDraftStore(const QSqlDatabase &connection);

    /// Records (or moves) the draft of an incident; the caller's write transaction makes it part of the action.
    Status save(const ReflectionDraft &draft);
    /// The reflection was finished (or its incident deleted): it is no longer a draft.
    Status remove(const QString &incidentId);
    /// The drafts whose incident still exists, the most recently touched first.
    Result<QList<ReflectionDraft>> openDrafts();
    /// The draft of one incident, if it is one.
    Result<std::optional<ReflectionDraft>> findDraft(const QString &incidentId);

private:
    QSqlDatabase m_connection;
};

} // namespace mosaic
