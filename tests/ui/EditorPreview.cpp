// SPDX-License-Identifier: GPL-3.0-or-later
// mosaic-editor-preview: renders the Markdown editor with a journal entry offscreen and saves a PNG, so that its
// look in light and dark can be reviewed without a display:
//   mosaic-editor-preview --theme dark -o /tmp/editor-dark.png [--focus] [--read] [--size 960x680]
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Mosaic_UiPlugin)

namespace {

// A reflection as a person might write it: headings, emphasis, a list, a task, a quote, a link, code.
const char16_t kEntry[] = uR"(# Tuesday, 12 March

Today's **hard moment**: my message in the group chat got no reply for *hours*.

## What happened (facts only)

- I posted the photos from the hike at 14:05
- Two people reacted, nobody wrote back
- [x] I waited before writing again
- [ ] Ask Sam how the trip went

> The automatic thought: "they don't care about me."
> Evidence against: Sam called me on *Sunday*, just to talk.

## Reframe

It's a busy week for everyone — ~~they ignore me~~ they are probably _swamped_.
See [the notes on reframing](https://example.org/reframing) and `mosaic stats`.

1. Learned: silence is not rejection
2. Next step: send one warm message tomorrow
)";

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("mosaic-editor-preview"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves a screenshot of Mosaic's Markdown editor."));
    parser.addHelpOption();
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The PNG to write."), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, WIDTHxHEIGHT."), QStringLiteral("size"),
                                        QStringLiteral("960x700"));
    const QCommandLineOption focusOption(QStringLiteral("focus"), QStringLiteral("Show focus mode."));
    const QCommandLineOption readOption(QStringLiteral("read"), QStringLiteral("Show the read view."));
    parser.addOptions({themeOption, outputOption, sizeOption, focusOption, readOption});
    parser.process(app);

    const QString theme = parser.value(themeOption);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    if ((theme != QStringLiteral("light") && theme != QStringLiteral("dark")) || !parser.isSet(outputOption) || size.size() != 2) {
        std::fputs("mosaic-editor-preview: needs --theme light|dark, -o FILE and --size WIDTHxHEIGHT\n", stderr);
        return 2;
    }

    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(size.at(0).toInt(), size.at(1).toInt());
    view.setInitialProperties({
        {QStringLiteral("text"), QString::fromUtf16(kEntry)},
        {QStringLiteral("dark"), theme == QStringLiteral("dark")},
        {QStringLiteral("focusMode"), parser.isSet(focusOption)},
        {QStringLiteral("readView"), parser.isSet(readOption)},
        {QStringLiteral("accessibleName"), QStringLiteral("Reflection")},
    });
    view.setSource(QUrl(QStringLiteral("qrc:/Mosaic/Ui/MarkdownEditor.qml")));
    if (view.status() != QQuickView::Ready) {
        for (const QQmlError &error : view.errors())
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    view.show();

    int result = 1;
    // A few event-loop turns for layout, highlighting and the first frames.
    QTimer::singleShot(300, &app, [&] {
        const QImage image = view.grabWindow();
        const QString path = parser.value(outputOption);
        if (!image.isNull() && image.save(path)) {
            std::printf("%s\n", qPrintable(path));
            result = 0;
        } else {
            std::fprintf(stderr, "mosaic-editor-preview: could not save %s\n", qPrintable(path));
        }
        QGuiApplication::quit();
    });
    QGuiApplication::exec();
    return result;
}
