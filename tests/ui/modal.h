#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace dijkgraaf::test {

// Answers the next modal dialog with `answer` as soon as it appears, however long the work
// before it takes (up to 20 s): a fixed delay would race a loaded machine.
inline void whenModal(std::function<void(QWidget *)> answer)
{
    auto *poll = new QTimer;
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(poll, &QTimer::timeout, [poll, clock, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            delete clock;
            answer(modal);
        } else if (clock->elapsed() > 20000) {
            poll->stop();
            poll->deleteLater();
            delete clock;
        }
    });
    poll->start(20);
}

} // namespace dijkgraaf::test
