// SPDX-License-Identifier: GPL-3.0-or-later
// Readable contrast in both themes (WCAG 2 AA): every ink of the Theme at 4.5:1 on every surface, the focus ring and
// the series colours at 3:1, and no text of the module made fainter than that by an opacity.
#include "common/Contrast.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QtQml/qqmlextensionplugin.h>

#include <QColor>
#include <QDirIterator>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>

#include <memory>

Q_IMPORT_QML_PLUGIN(Mosaic_UiPlugin)

using namespace mosaic;

namespace {

const QStringList kSurfaces{QStringLiteral("background"), QStringLiteral("sidebar"),    QStringLiteral("surface"),  QStringLiteral("surfaceAlt"),
                            QStringLiteral("paper"),      QStringLiteral("accentSoft"), QStringLiteral("warmSoft"), QStringLiteral("attentionSoft")};
const QStringList kInks{QStringLiteral("text"),   QStringLiteral("muted"), QStringLiteral("faint"),
                        QStringLiteral("accent"), QStringLiteral("warm"),  QStringLiteral("attention")};

contrast::Rgb rgb(const QColor &colour)
{
    return {colour.red(), colour.green(), colour.blue()};
}

/// `ink` drawn at `opacity` over `ground`.
contrast::Rgb blended(const QColor &ink, double opacity, const QColor &ground)
{
    const auto mix = [opacity](int a, int b) { return int(std::lround(opacity * a + (1 - opacity) * b)); };
    return {mix(ink.red(), ground.red()), mix(ink.green(), ground.green()), mix(ink.blue(), ground.blue())};
}

/// The Theme singleton as the window has it, in "light" or "dark".
class ThemeProbe
{
public:
    explicit ThemeProbe(const QString &mode)
    {
        m_engine.addImportPath(QStringLiteral(MOSAIC_QML_DIR));
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Mosaic.Ui\nQtObject { readonly property QtObject theme: Theme }", QUrl());
        m_holder.reset(component.create());
        INFO(component.errorString().toStdString());
        REQUIRE(m_holder);
        m_theme = m_holder->property("theme").value<QObject *>();
        REQUIRE(m_theme);
        m_theme->setProperty("mode", mode);
        REQUIRE(m_theme->property("dark").toBool() == (mode == u"dark"));
    }

    QColor colour(const QString &name) const
    {
        const QVariant value = m_theme->property(name.toUtf8().constData());
        INFO(name.toStdString());
        REQUIRE(value.isValid());
        return value.value<QColor>();
    }

    QList<QColor> series() const
    {
        QList<QColor> colours;
        const QVariantList list = m_theme->property("series").toList();
        for (const QVariant &value : list)
            colours.append(QColor(value.toString()));
        return colours;
    }

private:
    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_holder;
    QObject *m_theme = nullptr;
};

/// A Text or Label of the module with an ink of the Theme and an opacity below 1 on it or on an item around it.
struct DimmedText
{
    QString where;
    QStringList inks;
    double opacity = 1;
};

/// The least opacity an `opacity:` binding can give, from its number literals; a binding that depends on whether
/// the control is enabled is left out (WCAG asks nothing of disabled controls).
double leastOpacity(const QString &expression)
{
    if (expression.contains(QLatin1String("enabled")))
        return 1;
    double least = 1;
    static const QRegularExpression number(QStringLiteral("(?<![\\w.])(\\d*\\.\\d+|\\d+)(?![\\w.])"));
    for (auto it = number.globalMatch(expression); it.hasNext();) {
        const double value = it.next().captured(1).toDouble();
        if (value >= 0 && value < 1)
            least = std::min(least, value);
    }
    return least;
}

/// Reads the QML files of the module block by block (an object is a capitalised type name before `{`), noting each
/// block's opacity and, for Text and Label, its Theme inks.
QList<DimmedText> dimmedTexts(const QString &root)
{
    QList<DimmedText> found;
    static const QRegularExpression strings(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|//[^\\n]*"));
    static const QRegularExpression typeBeforeBrace(QStringLiteral("(?:^|[\\s:])([A-Z][\\w.]*)\\s*$"));
    static const QRegularExpression opacity(QStringLiteral("^\\s*opacity\\s*:\\s*(.+)$"));
    static const QRegularExpression ink(QStringLiteral("Theme\\.(\\w+)"));
    static const QRegularExpression colourLine(QStringLiteral("^\\s*color\\s*:\\s*(.+)$"));
    for (QDirIterator it(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        text.replace(strings, QStringLiteral("\"\""));
        struct Block
        {
            QString type;
            double opacity = 1;
            QStringList inks;
            int line = 0;
        };
        QList<Block> open;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int number = 0; number < lines.size(); ++number) {
            const QString &line = lines.at(number);
            if (!open.isEmpty()) {
                if (const auto match = opacity.match(line); match.hasMatch())
                    open.last().opacity = leastOpacity(match.captured(1));
                if (const auto match = colourLine.match(line); match.hasMatch()) {
                    for (auto inks = ink.globalMatch(match.captured(1)); inks.hasNext();)
                        open.last().inks.append(inks.next().captured(1));
                }
            }
            for (int i = 0; i < line.size(); ++i) {
                if (line.at(i) == u'{') {
                    const auto type = typeBeforeBrace.match(line.left(i));
                    open.append({type.hasMatch() ? type.captured(1) : QString(), 1, {}, number + 1});
                } else if (line.at(i) == u'}' && !open.isEmpty()) {
                    const Block block = open.takeLast();
                    if ((block.type == u"Text" || block.type == u"Label") && !block.inks.isEmpty()) {
                        double effective = block.opacity;
                        for (const Block &around : std::as_const(open))
                            effective *= around.opacity;
                        if (effective < 1)
                            found.append({QStringLiteral("%1:%2").arg(QDir(root).relativeFilePath(path)).arg(block.line), block.inks, effective});
                    }
                }
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("Every ink of the Theme reads at 4.5:1 on every surface, in both themes", "[contrast]")
{
    for (const QString &mode : {QStringLiteral("light"), QStringLiteral("dark")}) {
        const ThemeProbe theme(mode);
        for (const QString &surface : kSurfaces) {
            for (const QString &ink : kInks) {
                const double ratio = contrast::contrastRatio(rgb(theme.colour(ink)), rgb(theme.colour(surface)));
                INFO(mode.toStdString() << ": " << ink.toStdString() << " on " << surface.toStdString() << " is " << ratio);
                CHECK(ratio >= contrast::kTextContrast);
            }
        }
        const double onAccent = contrast::contrastRatio(rgb(theme.colour(QStringLiteral("textOnAccent"))), rgb(theme.colour(QStringLiteral("accent"))));
        INFO(mode.toStdString() << ": textOnAccent on accent is " << onAccent);
        CHECK(onAccent >= contrast::kTextContrast);
    }
}

TEST_CASE("The focus ring and the series colours stand out at 3:1 from every surface, in both themes", "[contrast]")
{
    for (const QString &mode : {QStringLiteral("light"), QStringLiteral("dark")}) {
        const ThemeProbe theme(mode);
        const QList<QColor> series = theme.series();
        REQUIRE(series.size() >= 8);
        for (const QString &surface : kSurfaces) {
            const contrast::Rgb ground = rgb(theme.colour(surface));
            const double ring = contrast::contrastRatio(rgb(theme.colour(QStringLiteral("focusRing"))), ground);
            INFO(mode.toStdString() << ": the focus ring on " << surface.toStdString() << " is " << ring);
            CHECK(ring >= contrast::kGraphicContrast);
            for (const QColor &colour : series) {
                const double ratio = contrast::contrastRatio(rgb(colour), ground);
                INFO(mode.toStdString() << ": " << colour.name().toStdString() << " on " << surface.toStdString() << " is " << ratio);
                CHECK(ratio >= contrast::kGraphicContrast);
            }
        }
    }
}

TEST_CASE("No text of the window is dimmed below 4.5:1 by an opacity", "[contrast]")
{
    const QList<DimmedText> dimmed = dimmedTexts(QStringLiteral(MOSAIC_QML_SOURCE_DIR));
    for (const QString &mode : {QStringLiteral("light"), QStringLiteral("dark")}) {
        const ThemeProbe theme(mode);
        for (const DimmedText &text : dimmed) {
            for (const QString &ink : text.inks) {
                if (!kInks.contains(ink))
                    continue;
                for (const QString &surface : kSurfaces) {
                    const QColor ground = theme.colour(surface);
                    const double ratio = contrast::contrastRatio(blended(theme.colour(ink), text.opacity, ground), rgb(ground));
                    INFO(mode.toStdString() << ": " << text.where.toStdString() << ", " << ink.toStdString() << " at opacity " << text.opacity << " on "
                                            << surface.toStdString() << " is " << ratio);
                    CHECK(ratio >= contrast::kTextContrast);
                }
            }
        }
    }
}

TEST_CASE("The scan finds a dimmed text", "[contrast]")
{
    // The scan itself, on a file written for it: a Label in muted inside a row dimmed to 0.7.
    const QString folder = QDir::temp().filePath(QStringLiteral("mosaic-contrast-scan"));
    QDir(folder).removeRecursively();
    REQUIRE(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/Row.qml"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Item {\n    opacity: row.archived ? 0.7 : 1\n    RowLayout {\n        Label {\n            text: \"{x}\"\n"
               "            color: row.done ? Theme.text : Theme.muted\n        }\n    }\n    Text { color: Theme.text }\n}\n");
    file.close();
    const QList<DimmedText> dimmed = dimmedTexts(folder);
    QDir(folder).removeRecursively();
    REQUIRE(dimmed.size() == 1);
    CHECK(dimmed.at(0).where == QStringLiteral("Row.qml:4"));
    CHECK(dimmed.at(0).inks == QStringList{QStringLiteral("text"), QStringLiteral("muted")});
    CHECK(dimmed.at(0).opacity == 0.7);
}
