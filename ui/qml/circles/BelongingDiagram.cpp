// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/BelongingDiagram.h"

#include "circles/BelongingDiagramLayout.h"
#include "circles/CirclesModel.h"
#include "components/ColourContrast.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace mosaic {

namespace {

constexpr qreal kMargin = 6;
constexpr qreal kDragThreshold = 6;

qreal toDegrees(double radians)
{
    return radians * 180 / std::numbers::pi;
}

/// The wedge of a ring band between two angles, as a path (angles: 0 up, clockwise; Qt's: 0 right, anticlockwise).
QPainterPath wedge(QPointF centre, qreal inner, qreal outer, double start, double end)
{
    const QRectF outerRect(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer);
    const QRectF innerRect(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner);
    const qreal startDeg = 90 - toDegrees(start);
    const qreal sweep = toDegrees(end - start);
    QPainterPath path;
    path.arcMoveTo(outerRect, startDeg);
    path.arcTo(outerRect, startDeg, -sweep);
    path.arcTo(innerRect, startDeg - sweep, sweep);
    path.closeSubpath();
    return path;
}

} // namespace

BelongingDiagram::BelongingDiagram(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    m_font = QGuiApplication::font();
}

void BelongingDiagram::setModel(CirclesModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &CirclesModel::changed, this, [this] {
            m_pressed = -1;
            setDragging(false);
            setHovered(-1);
            update();
        });
    }
    Q_EMIT modelChanged();
    update();
}

#define MOSAIC_DIAGRAM_SETTER(Name, member, Type, signal)                                                                                                      \
    void BelongingDiagram::Name(const Type &value)                                                                                                             \
    {                                                                                                                                                          \
        if (member == value)                                                                                                                                   \
            return;                                                                                                                                            \
        member = value;                                                                                                                                        \
        Q_EMIT signal();                                                                                                                                       \
        update();                                                                                                                                              \
    }

MOSAIC_DIAGRAM_SETTER(setSeriesColors, m_seriesColors, QVariantList, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setTextColor, m_textColor, QColor, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setMutedColor, m_mutedColor, QColor, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setLineColor, m_lineColor, QColor, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setSurfaceColor, m_surfaceColor, QColor, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setAccentColor, m_accentColor, QColor, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setCentreColor, m_centreColor, QColor, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setFont, m_font, QFont, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setCentreText, m_centreText, QString, appearanceChanged)
MOSAIC_DIAGRAM_SETTER(setSelectedPersonId, m_selectedPersonId, QString, selectionChanged)
MOSAIC_DIAGRAM_SETTER(setSelectedCircleId, m_selectedCircleId, QString, selectionChanged)

#undef MOSAIC_DIAGRAM_SETTER

QVariantMap BelongingDiagram::hoveredDot() const
{
    if (!m_model || m_hovered < 0 || m_hovered >= m_model->dots().size())
        return {};
    return m_model->dots().at(m_hovered).toMap();
}

QPointF BelongingDiagram::hoveredPoint() const
{
    return m_hovered >= 0 ? dotPosition(m_hovered) : QPointF();
}

QPointF BelongingDiagram::centre() const
{
    return {width() / 2, height() / 2};
}

qreal BelongingDiagram::radius() const
{
    return std::max<qreal>(0, std::min(width(), height()) / 2 - kMargin);
}

QPointF BelongingDiagram::toItem(double x, double y) const
{
    const QPointF c = centre();
    const qreal r = radius();
    return {c.x() + x * r, c.y() + y * r};
}

QColor BelongingDiagram::colorOf(const QString &circleId, int index) const
{
    // A circle's own colour may be too close to the surface (indigo on the dark theme): drawn at 3:1 at least.
    const auto drawn = [this](const QColor &colour) { return ColourContrast::readable(colour, m_surfaceColor, contrast::kGraphicContrast); };
    if (m_model) {
        const QColor own(m_model->circleColor(circleId));
        if (own.isValid())
            return drawn(own);
    }
    if (m_seriesColors.isEmpty())
        return m_accentColor;
    return drawn(m_seriesColors.at(index % m_seriesColors.size()).value<QColor>());
}

int BelongingDiagram::dotAt(qreal x, qreal y) const
{
    if (!m_model)
        return -1;
    const DiagramLayout &layout = m_model->layout();
    const qreal reach = std::max<qreal>(layout.dotRadius * radius() + 3, 7);
    int best = -1;
    qreal bestDistance = reach;
    for (int i = 0; i < layout.dots.size(); ++i) {
        const QPointF p = toItem(layout.dots[i].x, layout.dots[i].y);
        const qreal distance = std::hypot(p.x() - x, p.y() - y);
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int BelongingDiagram::dotIndex(const QString &personId, const QString &circleId) const
{
    if (!m_model)
        return -1;
    const DiagramLayout &layout = m_model->layout();
    for (int i = 0; i < layout.dots.size(); ++i) {
        if (layout.dots[i].personId == personId && layout.dots[i].circleId == circleId)
            return i;
    }
    return -1;
}

QPointF BelongingDiagram::dotPosition(int index) const
{
    if (!m_model || index < 0 || index >= m_model->layout().dots.size())
        return {};
    const DiagramDot &dot = m_model->layout().dots[index];
    return toItem(dot.x, dot.y);
}

QString BelongingDiagram::ringAt(qreal x, qreal y) const
{
    if (!m_model || radius() <= 0)
        return {};
    const QPointF c = centre();
    const std::optional<Ring> ring = ringAtRadius(m_model->layout().geometry, std::hypot(x - c.x(), y - c.y()) / radius());
    return ring ? enumName(*ring) : QString();
}

QPointF BelongingDiagram::ringPoint(const QString &circleId, const QString &ring) const
{
    const std::optional<Ring> parsed = enumFromName<Ring>(ring);
    if (!m_model || !parsed)
        return {};
    const DiagramGeometry &g = m_model->layout().geometry;
    const double from = *parsed == Ring::Inner ? g.innerFrom : *parsed == Ring::Middle ? g.middleFrom : g.outerFrom;
    const double to = *parsed == Ring::Inner ? g.middleFrom : *parsed == Ring::Middle ? g.outerFrom : 1.0;
    for (const DiagramSector &sector : m_model->layout().sectors) {
        if (sector.circleId == circleId) {
            const double angle = (sector.startAngle + sector.endAngle) / 2;
            const double r = (from + to) / 2;
            return toItem(r * std::sin(angle), -r * std::cos(angle));
        }
    }
    return {};
}

void BelongingDiagram::paint(QPainter *painter)
{
    const QPointF c = centre();
    const qreal R = radius();
    if (R <= 0)
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    const DiagramLayout empty;
    const DiagramLayout &layout = m_model ? m_model->layout() : empty;
    const DiagramGeometry &g = layout.geometry;
    const std::array<double, 4> edges{g.innerFrom, g.middleFrom, g.outerFrom, 1.0};

    // The sectors: each ring a little lighter than the one inside it, so that closeness reads as depth of colour.
    constexpr std::array<qreal, 3> ringAlpha{0.36, 0.23, 0.12};
    for (const DiagramSector &sector : layout.sectors) {
        const QColor base = colorOf(sector.circleId, sector.index);
        for (int r = 0; r < 3; ++r) {
            QColor fill = base;
            fill.setAlphaF(ringAlpha[r]);
            painter->fillPath(wedge(c, edges[r] * R, edges[r + 1] * R, sector.startAngle, sector.endAngle), fill);
        }
    }
    if (layout.sectors.isEmpty()) {
        QColor fill = m_lineColor;
        fill.setAlphaF(0.35);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawEllipse(c, R, R);
    }

    // The rings' edges, then the lines between sectors in the surface colour.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(m_lineColor, 1));
    for (const double edge : edges)
        painter->drawEllipse(c, edge * R, edge * R);
    if (layout.sectors.size() > 1) {
        painter->setPen(QPen(m_surfaceColor, 2));
        for (const DiagramSector &sector : layout.sectors) {
            const double a = sector.startAngle;
            painter->drawLine(toItem(g.innerFrom * std::sin(a), -g.innerFrom * std::cos(a)), toItem(std::sin(a), -std::cos(a)));
        }
    }

    // The selected circle, outlined; the ring a dragged dot would land in, tinted.
    for (const DiagramSector &sector : layout.sectors) {
        if (sector.circleId == m_selectedCircleId) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(m_accentColor, 2));
            painter->drawPath(wedge(c, g.innerFrom * R, R, sector.startAngle, sector.endAngle));
        }
    }
    if (m_dragging && m_pressed >= 0 && m_pressed < layout.dots.size()) {
        const DiagramDot &dot = layout.dots[m_pressed];
        const std::optional<Ring> target = ringAtRadius(g, std::hypot(m_dragPoint.x() - c.x(), m_dragPoint.y() - c.y()) / R);
        if (target && *target != dot.ring) {
            const DiagramSector &sector = layout.sectors[dot.sectorIndex];
            const int r = static_cast<int>(*target);
            QColor tint = m_accentColor;
            tint.setAlphaF(0.25);
            painter->fillPath(wedge(c, edges[r] * R, edges[r + 1] * R, sector.startAngle, sector.endAngle), tint);
        }
    }

    // You, in the centre.
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_centreColor);
    painter->drawEllipse(c, g.centreRadius * R, g.centreRadius * R);
    QFont centreFont = m_font;
    centreFont.setWeight(QFont::DemiBold);
    centreFont.setPointSizeF(m_font.pointSizeF() > 0 ? m_font.pointSizeF() + 2 : 12);
    painter->setFont(centreFont);
    painter->setPen(m_textColor);
    const qreal centreSize = g.centreRadius * R;
    painter->drawText(QRectF(c.x() - centreSize, c.y() - centreSize, 2 * centreSize, 2 * centreSize), Qt::AlignCenter, m_centreText);

    // The rings' names at the top, on a soft pill so that they read over any colour.
    QFont small = m_font;
    if (m_font.pointSizeF() > 0)
        small.setPointSizeF(std::max<qreal>(7, m_font.pointSizeF() - 1.5));
    painter->setFont(small);
    const QFontMetricsF metrics(small);
    for (int r = 0; r < 3; ++r) {
        const QString label = CirclesModel::ringLabel(static_cast<Ring>(r));
        const qreal y = c.y() - (edges[r] + edges[r + 1]) / 2 * R;
        const qreal w = metrics.horizontalAdvance(label) + 10;
        const QRectF pill(c.x() - w / 2, y - metrics.height() / 2 - 1, w, metrics.height() + 2);
        QColor back = m_surfaceColor;
        back.setAlphaF(0.85);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(m_mutedColor);
        painter->drawText(pill, Qt::AlignCenter, label);
    }

    // The dots.
    const qreal dotPx = std::max<qreal>(2.5, layout.dotRadius * R);
    for (int i = 0; i < layout.dots.size(); ++i) {
        const DiagramDot &dot = layout.dots[i];
        const QPointF p = toItem(dot.x, dot.y);
        const qreal size = i == m_hovered ? dotPx + 2 : dotPx;
        if (dot.personId == m_selectedPersonId) {
            painter->setPen(QPen(m_accentColor, 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(p, size + 3, size + 3);
        }
        painter->setPen(QPen(m_surfaceColor, 1.5));
        QColor fill = colorOf(dot.circleId, dot.sectorIndex);
        if (m_dragging && i == m_pressed)
            fill.setAlphaF(0.35);
        painter->setBrush(fill);
        painter->drawEllipse(p, size, size);
    }

    // Names beside their dots, outwards from the centre's vertical; a name that would cover another, or a dot, is
    // left out (the tooltip and the lists have it). The hovered and selected ones always show.
    if (m_model) {
        QList<QRectF> taken;
        for (const DiagramDot &dot : layout.dots) {
            const QPointF p = toItem(dot.x, dot.y);
            taken.append(QRectF(p.x() - dotPx, p.y() - dotPx, 2 * dotPx, 2 * dotPx));
        }
        const auto labelRect = [&](const DiagramDot &dot, const QString &text) {
            const QPointF p = toItem(dot.x, dot.y);
            const qreal w = metrics.horizontalAdvance(text) + 6;
            const qreal h = metrics.height();
            return dot.x >= 0 ? QRectF(p.x() + dotPx + 2, p.y() - h / 2, w, h) : QRectF(p.x() - dotPx - 2 - w, p.y() - h / 2, w, h);
        };
        const auto drawLabel = [&](const QRectF &rect, const QString &text, bool strong) {
            QColor back = m_surfaceColor;
            back.setAlphaF(strong ? 0.95 : 0.72);
            painter->setPen(Qt::NoPen);
            painter->setBrush(back);
            painter->drawRoundedRect(rect, 4, 4);
            painter->setPen(strong ? m_textColor : m_textColor);
            painter->drawText(rect, Qt::AlignCenter, text);
        };
        const bool roomy = dotPx >= 3.5;
        QList<int> always;
        for (int i = 0; i < layout.dots.size(); ++i) {
            const DiagramDot &dot = layout.dots[i];
            if (i == m_hovered || dot.personId == m_selectedPersonId) {
                always.append(i);
                continue;
            }
            if (!roomy)
                continue;
            const QString text = metrics.elidedText(m_model->personName(dot.personId), Qt::ElideRight, 110);
            const QRectF rect = labelRect(dot, text);
            if (!boundingRect().contains(rect))
                continue;
            bool free = true;
            for (int j = 0; j < taken.size() && free; ++j) {
                // A dot's own square is not in the way of its own name.
                if (j != i && taken[j].intersects(rect))
                    free = false;
            }
            if (!free)
                continue;
            taken.append(rect);
            drawLabel(rect, text, false);
        }
        for (const int i : std::as_const(always)) {
            const DiagramDot &dot = layout.dots[i];
            const QString text = m_model->personName(dot.personId);
            drawLabel(labelRect(dot, text), text, true);
        }
    }

    // The dot being dragged follows the pointer.
    if (m_dragging && m_pressed >= 0 && m_pressed < layout.dots.size()) {
        const DiagramDot &dot = layout.dots[m_pressed];
        painter->setPen(QPen(m_accentColor, 2));
        painter->setBrush(colorOf(dot.circleId, dot.sectorIndex));
        painter->drawEllipse(m_dragPoint, dotPx + 2, dotPx + 2);
    }
}

void BelongingDiagram::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    Q_EMIT hoverChanged();
    update();
}

void BelongingDiagram::setDragging(bool dragging)
{
    if (dragging == m_dragging)
        return;
    m_dragging = dragging;
    setKeepMouseGrab(dragging);
    Q_EMIT draggingChanged();
    update();
}

void BelongingDiagram::mousePressEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    const QPointF c = centre();
    if (std::hypot(p.x() - c.x(), p.y() - c.y()) > radius() + kMargin) {
        event->ignore();
        return;
    }
    m_pressed = dotAt(p.x(), p.y());
    m_pressPoint = p;
    m_dragPoint = p;
    // Keep a press on a dot from being taken over by the page's scrolling.
    setKeepMouseGrab(m_pressed >= 0);
    event->accept();
}

void BelongingDiagram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed < 0)
        return;
    m_dragPoint = event->position();
    if (!m_dragging && (m_dragPoint - m_pressPoint).manhattanLength() >= kDragThreshold)
        setDragging(true);
    if (m_dragging)
        update();
}

void BelongingDiagram::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    const int pressed = m_pressed;
    const bool dragged = m_dragging;
    m_pressed = -1;
    setDragging(false);
    setKeepMouseGrab(false);
    if (!m_model)
        return;
    const DiagramLayout &layout = m_model->layout();
    if (dragged && pressed >= 0 && pressed < layout.dots.size()) {
        const DiagramDot dot = layout.dots[pressed];
        const QString ring = ringAt(p.x(), p.y());
        if (!ring.isEmpty() && ring != enumName(dot.ring))
            Q_EMIT ringChangeRequested(dot.personId, dot.circleId, ring);
        return;
    }
    if (pressed >= 0 && pressed < layout.dots.size()) {
        Q_EMIT dotClicked(layout.dots[pressed].personId, layout.dots[pressed].circleId);
        return;
    }
    const QPointF c = centre();
    const qreal distance = std::hypot(p.x() - c.x(), p.y() - c.y()) / std::max<qreal>(1, radius());
    if (distance <= layout.geometry.centreRadius) {
        Q_EMIT centreClicked();
        return;
    }
    if (distance > 1)
        return;
    double angle = std::atan2(p.x() - c.x(), -(p.y() - c.y()));
    if (angle < 0)
        angle += 2 * std::numbers::pi;
    for (const DiagramSector &sector : layout.sectors) {
        if (angle >= sector.startAngle && angle < sector.endAngle) {
            Q_EMIT sectorClicked(sector.circleId);
            return;
        }
    }
}

void BelongingDiagram::hoverMoveEvent(QHoverEvent *event)
{
    setHovered(dotAt(event->position().x(), event->position().y()));
}

void BelongingDiagram::hoverLeaveEvent(QHoverEvent *)
{
    setHovered(-1);
}

} // namespace mosaic
