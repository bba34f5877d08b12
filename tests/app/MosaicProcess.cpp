// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosaicProcess.h"

#include <QProcess>

MosaicRun runMosaic(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = environment;
    // Tests never touch the real journal: without --data-dir, a test sets MOSAIC_DATA_DIR itself.
    if (!env.contains(QStringLiteral("MOSAIC_DATA_DIR")))
        env.insert(QStringLiteral("MOSAIC_DATA_DIR"), QStringLiteral("/nonexistent/mosaic-tests-must-pass-a-data-dir"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MOSAIC_EXECUTABLE), arguments);
    process.closeWriteChannel();
    return finishMosaic(process);
}

MosaicRun finishMosaic(QProcess &process)
{
    MosaicRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

MosaicRun runMosaicIn(const QString &dataDirectory, const QStringList &arguments)
{
    return runMosaic(QStringList{QStringLiteral("--data-dir"), dataDirectory} + arguments);
}
