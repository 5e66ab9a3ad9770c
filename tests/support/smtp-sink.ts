// The api's own test SMTP server, shared with the browser tests.
export { parseMail, startSmtpSink, type ReceivedMail } from '../../apps/api/src/testing/smtp-sink';
