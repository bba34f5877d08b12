// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QVariantMap>

namespace mosaic {

class CirclesModel;

/// The belonging diagram: draws the layout a CirclesModel computed in core (sectors, rings, dots) and nothing
/// else decides here. Hover, click and drag are reported as signals; the page acts on them. Colours come from the
/// page (Theme), so the item follows the light and dark themes.
class BelongingDiagram : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("circles/CirclesModel.h")
    Q_PROPERTY(mosaic::CirclesModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QVariantList seriesColors MEMBER m_seriesColors WRITE setSeriesColors NOTIFY appearanceChanged)
    Q_PROPERTY(QColor textColor MEMBER m_textColor WRITE setTextColor NOTIFY appearanceChanged)
    Q_PROPERTY(QColor mutedColor MEMBER m_mutedColor WRITE setMutedColor NOTIFY appearanceChanged)
    Q_PROPERTY(QColor lineColor MEMBER m_lineColor WRITE setLineColor NOTIFY appearanceChanged)
    Q_PROPERTY(QColor surfaceColor MEMBER m_surfaceColor WRITE setSurfaceColor NOTIFY appearanceChanged)
    Q_PROPERTY(QColor accentColor MEMBER m_accentColor WRITE setAccentColor NOTIFY appearanceChanged)
    Q_PROPERTY(QColor centreColor MEMBER m_centreColor WRITE setCentreColor NOTIFY appearanceChanged)
    Q_PROPERTY(QFont font MEMBER m_font WRITE setFont NOTIFY appearanceChanged)
    Q_PROPERTY(QString centreText MEMBER m_centreText WRITE setCentreText NOTIFY appearanceChanged)
    /// The selection, drawn with a ring of the accent.
    Q_PROPERTY(QString selectedPersonId MEMBER m_selectedPersonId WRITE setSelectedPersonId NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedCircleId MEMBER m_selectedCircleId WRITE setSelectedCircleId NOTIFY selectionChanged)
    /// The dot under the pointer (an entry of CirclesModel::dots), or empty; and where it is, in item coordinates.
    Q_PROPERTY(QVariantMap hoveredDot READ hoveredDot NOTIFY hoverChanged)
    Q_PROPERTY(QPointF hoveredPoint READ hoveredPoint NOTIFY hoverChanged)
    Q_PROPERTY(bool dragging READ dragging NOTIFY draggingChanged)

public:
    explicit BelongingDiagram(QQuickItem *parent = nullptr);

    CirclesModel *model() const { return m_model; }
    void setModel(CirclesModel *model);
    void setSeriesColors(const QVariantList &colors);
    void setTextColor(const QColor &color);
    void setMutedColor(const QColor &color);
    void setLineColor(const QColor &color);
    void setSurfaceColor(const QColor &color);
    void setAccentColor(const QColor &color);
    void setCentreColor(const QColor &color);
    void setFont(const QFont &font);
    void setCentreText(const QString &text);
    void setSelectedPersonId(const QString &id);
    void setSelectedCircleId(const QString &id);
    QVariantMap hoveredDot() const;
    QPointF hoveredPoint() const;
    bool dragging() const { return m_dragging; }

    /// The index of the dot at (x, y) in item coordinates, or -1.
    Q_INVOKABLE int dotAt(qreal x, qreal y) const;
    /// The index of the dot of `personId` in `circleId`, or -1.
    Q_INVOKABLE int dotIndex(const QString &personId, const QString &circleId) const;
    /// Where dot `index` is drawn, in item coordinates.
    Q_INVOKABLE QPointF dotPosition(int index) const;
    /// The ring ("inner", "middle", "outer") at (x, y), or an empty string.
    Q_INVOKABLE QString ringAt(qreal x, qreal y) const;
    /// A point in the middle of `circleId`'s sector within `ring`, in item coordinates (where a dot could be dropped).
    Q_INVOKABLE QPointF ringPoint(const QString &circleId, const QString &ring) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void modelChanged();
    void appearanceChanged();
    void selectionChanged();
    void hoverChanged();
    void draggingChanged();
    void dotClicked(const QString &personId, const QString &circleId);
    void sectorClicked(const QString &circleId);
    void centreClicked();
    /// A dot was dragged into another ring of its circle.
    void ringChangeRequested(const QString &personId, const QString &circleId, const QString &ring);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;

private:
    QPointF centre() const;
    qreal radius() const;
    QPointF toItem(double x, double y) const;
    QColor colorOf(const QString &circleId, int index) const;
    void setHovered(int index);
    void setDragging(bool dragging);

    QPointer<CirclesModel> m_model;
    QVariantList m_seriesColors;
    QColor m_textColor{0x3b, 0x36, 0x31};
    QColor m_mutedColor{0x6e, 0x66, 0x5b};
    QColor m_lineColor{0xe4, 0xdc, 0xd0};
    QColor m_surfaceColor{0xff, 0xfd, 0xf9};
    QColor m_accentColor{0x3e, 0x7f, 0x7a};
    QColor m_centreColor{0xdc, 0xeb, 0xe8};
    QFont m_font;
    QString m_centreText;
    QString m_selectedPersonId;
    QString m_selectedCircleId;
    int m_hovered = -1;
    int m_pressed = -1;
    QPointF m_pressPoint;
    QPointF m_dragPoint;
    bool m_dragging = false;
};

} // namespace mosaic
