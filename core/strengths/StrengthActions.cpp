// SPDX-License-Identifier: GPL-3.0-or-later
#include "strengths/StrengthActions.h"

#include "common/EnumNames.h"
#include "common/RecordLimits.h"
#include "common/TimeFormat.h"
#include "common/Uuid.h"
#include "strengths/StrengthStore.h"

#include <QCoreApplication>

#include <optional>

namespace mosaic {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("mosaic::StrengthActions", source);
}

Status checkName(const QString &name, const char *needed)
{
    if (name.isEmpty())
        return Failure::badInput(text(needed));
    if (RecordLimits::codePointCount(name) > RecordLimits::kNameLength)
        return Failure::badInput(
            text(QT_TRANSLATE_NOOP("mosaic::StrengthActions", "A shorter name works better here: at most %1 characters.")).arg(RecordLimits::kNameLength));
    return success();
}

Status checkText(const QString &value, qsizetype limit)
{
    if (RecordLimits::codePointCount(value) > limit)
        return Failure::badInput(text(QT_TRANSLATE_NOOP("mosaic::StrengthActions", "A shorter text works better here: at most %1 characters.")).arg(limit));
    return success();
}

Failure strengthGone()
{
    return Failure::badInput(QCoreApplication::translate("mosaic::StrengthsModel", "This strength is no longer in the journal."));
}

/// The living strength `strengthId` (archived or not), or why there is none.
Result<Strength> livingStrength(StrengthStore &store, const QString &strengthId)
{
    Result<std::optional<Strength>> found = store.findStrength(strengthId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return strengthGone();
    return **found;
}

/// Saves `change(strength)` of the living strength, stamped `now`, when it changed anything.
template <typename Change>
Result<bool> changeStrength(StrengthStore &store, const QString &strengthId, const QDateTime &now, Change change)
{
    Result<Strength> strength = livingStrength(store, strengthId);
    if (!strength)
        return strength.failure();
    const Strength before = *strength;
    change(*strength);
    if (*strength == before)
        return false;
    strength->stamps.updatedAt = now;
    if (Status saved = store.save(*strength); !saved)
        return saved.failure();
    return true;
}

Status checkStrengthFields(const StrengthFields &fields)
{
    if (Status name = checkName(fields.name.trimmed(), QT_TRANSLATE_NOOP("mosaic::StrengthActions", "A strength needs a name.")); !name)
        return name;
    return checkText(fields.description.trimmed(), RecordLimits::kTextLength);
}

/// Saves the values after `edit(values)` when it changed them, the mission kept as it is.
template <typename Edit>
Result<bool> changeValues(StrengthStore &store, const QDateTime &now, Edit edit)
{
    // Read inside the transaction, so a mission written meanwhile (in the editor) is kept as it is.
    const Result<std::optional<PersonalValues>> stored = store.personalValues();
    if (!stored)
        return stored.failure();
    PersonalValues values = stored->value_or(PersonalValues{});
    if (!edit(values.values))
        return false;
    values.updatedAt = now;
    if (Status saved = store.save(values); !saved)
        return saved.failure();
    return true;
}

Status checkValue(const QString &value)
{
    return checkName(value, QT_TRANSLATE_NOOP("mosaic::StrengthActions", "A value needs a word or two."));
}

} // namespace

Result<QString> addStrength(StrengthStore &store, const StrengthFields &fields, const QDateTime &now)
{
    if (Status valid = checkStrengthFields(fields); !valid)
        return valid.failure();
    Strength strength;
    strength.stamps.id = Uuid::create();
    strength.stamps.createdAt = strength.stamps.updatedAt = now;
    strength.name = fields.name.trimmed();
    strength.description = fields.description.trimmed();
    if (Status saved = store.save(strength); !saved)
        return saved.failure();
    return strength.stamps.id;
}

Result<bool> editStrength(StrengthStore &store, const QString &strengthId, const StrengthFields &fields, const QDateTime &now)
{
    if (Status valid = checkStrengthFields(fields); !valid)
        return valid.failure();
    return changeStrength(store, strengthId, now, [&](Strength &strength) {
        strength.name = fields.name.trimmed();
        strength.description = fields.description.trimmed();
    });
}

Result<bool> setStrengthArchived(StrengthStore &store, const QString &strengthId, bool archived, const QDateTime &now)
{
    return changeStrength(store, strengthId, now, [&](Strength &strength) { strength.archived = archived; });
}

Status deleteStrength(StrengthStore &store, const QString &strengthId, const QDateTime &now)
{
    if (Result<Strength> strength = livingStrength(store, strengthId); !strength)
        return strength.failure();
    return store.markStrengthDeleted(strengthId, now);
}

Result<QString> addWin(StrengthStore &store, const WinFields &fields, QDate today, const QDateTime &now)
{
    Win win;
    win.text = fields.text.trimmed();
    if (win.text.isEmpty())
        return Failure::badInput(text(QT_TRANSLATE_NOOP("mosaic::StrengthActions", "A win needs a few words about what went well.")));
    if (Status length = checkText(win.text, RecordLimits::kStatementLength); !length)
        return length.failure();
    win.date = today;
    if (const QString date = fields.date.trimmed(); !date.isEmpty()) {
        const std::optional<QDate> parsed = TimeFormat::parseDate(date);
        if (!parsed)
            return Failure::badInput(
                QCoreApplication::translate("mosaic::WinsModel", "The date %1 could not be read. Write it as year-month-day, for example %2.")
                    .arg(date, TimeFormat::formatDate(today)));
        win.date = *parsed;
    }
    if (!fields.kind.isEmpty()) {
        const std::optional<WinKind> parsed = enumFromName<WinKind>(fields.kind);
        if (!parsed)
            return Failure::badInput(QCoreApplication::translate("mosaic::WinsModel", "“%1” is not a kind of win Mosaic knows.").arg(fields.kind));
        win.kind = *parsed;
    }
    for (const QString &id : fields.strengthIds) {
        if (id.isEmpty() || win.strengthIds.contains(id))
            continue;
        if (Result<Strength> strength = livingStrength(store, id); !strength)
            return strength.failure();
        win.strengthIds.append(id);
    }
    win.stamps.id = Uuid::create();
    win.stamps.createdAt = win.stamps.updatedAt = now;
    if (Status saved = store.save(win); !saved)
        return saved.failure();
    return win.stamps.id;
}

Result<bool> addPersonalValue(StrengthStore &store, const QString &value, const QDateTime &now)
{
    const QString trimmed = value.trimmed();
    if (Status valid = checkValue(trimmed); !valid)
        return valid.failure();
    std::optional<Failure> full;
    Result<bool> changed = changeValues(store, now, [&](QStringList &values) {
        if (values.contains(trimmed, Qt::CaseInsensitive))
            return false;
        if (values.size() >= RecordLimits::kValues) {
            full = Failure::badInput(text(QT_TRANSLATE_NOOP("mosaic::StrengthActions", "You can keep up to %1 values.")).arg(RecordLimits::kValues));
            return false;
        }
        values.append(trimmed);
        return true;
    });
    if (full)
        return *full;
    return changed;
}

Result<bool> renamePersonalValue(StrengthStore &store, qsizetype index, const QString &value, const QDateTime &now)
{
    const QString trimmed = value.trimmed();
    if (Status valid = checkValue(trimmed); !valid)
        return valid.failure();
    return changeValues(store, now, [&](QStringList &values) {
        if (index < 0 || index >= values.size() || values[index] == trimmed)
            return false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i != index && values[i].compare(trimmed, Qt::CaseInsensitive) == 0)
                return false;
        }
        values[index] = trimmed;
        return true;
    });
}

Result<bool> removePersonalValue(StrengthStore &store, qsizetype index, const QDateTime &now)
{
    return changeValues(store, now, [&](QStringList &values) {
        if (index < 0 || index >= values.size())
            return false;
        values.removeAt(index);
        return true;
    });
}

} // namespace mosaic
