// Every unit test gets an in-memory IndexedDB; tests open databases under fresh names.
import 'fake-indexeddb/auto';
