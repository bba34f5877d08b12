// SPDX-License-Identifier: GPL-3.0-or-later
#include "reflect/ReflectionLists.h"

#include "incidents/EmotionCatalogue.h"

#include <algorithm>

namespace mosaic {
namespace {

// The same records in the same order: only their values may differ.
template <typename T, typename Key>
bool sameRows(const QList<T> &a, const QList<T> &b, Key key)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [&key](const T &x, const T &y) { return key(x) == key(y); });
}

} // namespace

ReflectionEmotions::ReflectionEmotions(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ReflectionEmotions::setRatings(const QList<EmotionRating> &ratings)
{
    if (ratings == m_ratings)
        return;
    if (sameRows(ratings, m_ratings, [](const EmotionRating &r) { return r.name; })) {
        for (qsizetype row = 0; row < ratings.size(); ++row) {
            if (ratings.at(row) == m_ratings.at(row))
                continue;
            m_ratings[row] = ratings.at(row);
            Q_EMIT dataChanged(index(int(row)), index(int(row)), {BeforeRole, AfterRole});
        }
        return;
    }
    beginResetModel();
    m_ratings = ratings;
    endResetModel();
    Q_EMIT countChanged();
}

int ReflectionEmotions::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ReflectionEmotions::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EmotionRating &rating = m_ratings.at(index.row());
    switch (role) {
    case NameRole:
        return rating.name;
    case Qt::DisplayRole:
    case LabelRole:
        return emotionLabel(rating.name);
    case BeforeRole:
        return rating.before;
    case AfterRole:
        return rating.after.value_or(-1);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReflectionEmotions::roleNames() const
{
    return {{NameRole, "name"}, {LabelRole, "label"}, {BeforeRole, "before"}, {AfterRole, "after"}};
}

ReflectionReframes::ReflectionReframes(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ReflectionReframes::setReframes(const QList<Reframe> &reframes)
{
    if (reframes == m_reframes)
        return;
    if (sameRows(reframes, m_reframes, [](const Reframe &r) { return r.stamps.id; })) {
        for (qsizetype row = 0; row < reframes.size(); ++row) {
            if (reframes.at(row) == m_reframes.at(row))
                continue;
            m_reframes[row] = reframes.at(row);
            Q_EMIT dataChanged(index(int(row)), index(int(row)), {KindRole, KindIndexRole, BelievabilityRole});
        }
        return;
    }
    // Added or removed rows: insert or remove just those, so the other reframes' editors keep their state.
    const auto ids = [](const QList<Reframe> &list) {
        QStringList result;
        for (const Reframe &reframe : list)
            result.append(reframe.stamps.id);
        return result;
    };
    const QStringList oldIds = ids(m_reframes);
    const QStringList newIds = ids(reframes);
    for (qsizetype row = m_reframes.size() - 1; row >= 0; --row) {
        if (!newIds.contains(oldIds.at(row))) {
            beginRemoveRows({}, int(row), int(row));
            m_reframes.removeAt(row);
            endRemoveRows();
        }
    }
    QStringList keptIds = ids(m_reframes);
    const bool orderKept =
        std::is_sorted(keptIds.cbegin(), keptIds.cend(), [&newIds](const QString &a, const QString &b) { return newIds.indexOf(a) < newIds.indexOf(b); });
    if (!orderKept) {
        beginResetModel();
        m_reframes = reframes;
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (qsizetype row = 0; row < reframes.size(); ++row) {
        if (row < m_reframes.size() && m_reframes.at(row).stamps.id == reframes.at(row).stamps.id) {
            if (!(m_reframes.at(row) == reframes.at(row))) {
                m_reframes[row] = reframes.at(row);
                Q_EMIT dataChanged(index(int(row)), index(int(row)), {KindRole, KindIndexRole, BelievabilityRole});
            }
            continue;
        }
        beginInsertRows({}, int(row), int(row));
        m_reframes.insert(row, reframes.at(row));
        endInsertRows();
    }
    Q_EMIT countChanged();
}

int ReflectionReframes::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ReflectionReframes::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reframe &reframe = m_reframes.at(index.row());
    switch (role) {
    case ReframeIdRole:
        return reframe.stamps.id;
    case KindRole:
        return enumName(reframe.kind);
    case KindIndexRole:
        return int(reframe.kind);
    case BelievabilityRole:
        return reframe.believability.value_or(-1);
    case ReflectionRole:
        return QVariant::fromValue(parent());
    default:
        return {};
    }
}

QHash<int, QByteArray> ReflectionReframes::roleNames() const
{
    return {
        {ReframeIdRole, "reframeId"}, {KindRole, "kind"}, {KindIndexRole, "kindIndex"}, {BelievabilityRole, "believability"}, {ReflectionRole, "reflection"}};
}

} // namespace mosaic
