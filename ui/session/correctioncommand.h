#pragma once

// One user correction on the undo stack: redo appends it to the folder's corrections (saved and
// replayed by CorpusSession), undo removes it again.

#include "core/corpus/corrections.h"

#include <QUndoCommand>

namespace crossread::ui {

class CorpusSession;

class CorrectionCommand : public QUndoCommand
{
public:
    CorrectionCommand(CorpusSession* session, core::Correction correction);

    void redo() override;
    void undo() override;
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }

private:
    CorpusSession* m_session;
    core::Correction m_correction;
    QString m_error;
};

} // namespace crossread::ui
