#pragma once

#include "reviewfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

/// The filters reviewers narrow sessions and search hits with: a date range,
/// back end, server, user id, language and rated answers only.
class ReviewFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewFilterBar(QWidget *parent = nullptr);

    ReviewFilter filter() const;

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QLabel *m_backendLabel;
    QComboBox *m_backend;
    QLineEdit *m_server;
    QLineEdit *m_userId;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QCheckBox *m_ratedOnly;
};
