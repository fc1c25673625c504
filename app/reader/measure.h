#pragma once

// `crossread FOLDER --measure`: opens the folder twice (cold, then with the analysis cache) in
// the real window and reports what a user feels: when the first article is readable, when the
// folder is fully linked, the longest time the event loop was blocked, and how long the mentions
// panel takes to fill for the entity with the most mentions.

class QString;

namespace crossread::ui {
class MainWindow;
}

namespace crossread::app {

int measureOpening(crossread::ui::MainWindow& window, const QString& folder);

} // namespace crossread::app
