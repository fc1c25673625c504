#pragma once

// main() for Crossread's Qt Test executables. Test functions whose names start with "seed" need
// ../shared (the seed corpus, its gold, the scorer); CTest runs them as a separate test
// (NAME_seeds) so that a fresh clone without ../shared reports exactly those as skipped and
// every other function as passed.
//   tst_x          runs the functions that do not start with "seed"
//   tst_x -seeds   runs only those that do
// Any other Qt Test arguments (a function name, -v2, ...) are passed on unchanged.

#include <QMetaMethod>
#include <QStringList>
#include <QTest>

namespace crossread::tests {

inline int runTests(QObject& tests, int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const bool seeds = args.removeAll(QStringLiteral("-seeds")) > 0;
    const bool namedFunctions
        = std::any_of(args.begin() + 1, args.end(), [](const QString& a) { return !a.startsWith(u'-'); });
    if (!namedFunctions) {
        const QMetaObject* meta = tests.metaObject();
        for (int m = meta->methodOffset(); m < meta->methodCount(); ++m) {
            const QMetaMethod method = meta->method(m);
            const QString name = QString::fromLatin1(method.name());
            if (method.access() != QMetaMethod::Private || method.methodType() != QMetaMethod::Slot
                || name.endsWith(QStringLiteral("_data")) || name == u"initTestCase"
                || name == u"cleanupTestCase" || name == u"init" || name == u"cleanup")
                continue;
            if (name.startsWith(QStringLiteral("seed")) == seeds)
                args << name;
        }
        if (args.size() == 1) // nothing of that kind here
            return 0;
    }
    return QTest::qExec(&tests, args);
}

} // namespace crossread::tests

#define CROSSREAD_TEST_MAIN(TestClass, ApplicationClass)                                                     \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        ApplicationClass app(argc, argv);                                                                    \
        TestClass tests;                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return crossread::tests::runTests(tests, argc, argv);                                                \
    }
