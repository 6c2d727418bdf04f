#pragma once

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

/// The bar over the message box while a question is being edited: says that sending asks it
/// again in a new version of the conversation (the earlier one is kept), and offers Cancel.
class EditBanner : public QFrame
{
    Q_OBJECT

public:
    explicit EditBanner(QWidget *parent = nullptr);

    /// Shows the bar for the question that starts turn @p turn.
    void begin(int turn);
    void end();
    /// The turn whose question is being edited, if one is.
    std::optional<int> turn() const { return m_turn; }
    void retranslate();

Q_SIGNALS:
    void cancelled();

private:
    QLabel *m_text;
    QPushButton *m_cancel;
    std::optional<int> m_turn;
};
