#include "ui/session/correctioncommand.h"

#include "ui/session/corpussession.h"

namespace crossread::ui {

CorrectionCommand::CorrectionCommand(CorpusSession* session, core::Correction correction)
    : m_session(session)
    , m_correction(std::move(correction))
{
    setText(m_correction.describe());
}

void CorrectionCommand::redo()
{
    m_error.clear();
    m_session->addCorrection(m_correction, &m_error);
}

void CorrectionCommand::undo()
{
    m_session->removeLastCorrection(&m_error);
}

} // namespace crossread::ui
