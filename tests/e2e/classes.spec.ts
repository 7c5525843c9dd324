// Proves: an instructor creates a class by name at 360 px; it is listed, and still there after a reload
// (stored in IndexedDB with its key pair); an empty name is refused with a message and nothing is stored;
// the backup screen says the backup holds the class keys; the screen passes axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 } });

test('an instructor creates a class, which is kept on the device', async ({ page }) => {
	await page.goto('/classes');
	await expect(page.getByRole('heading', { name: 'Classes', level: 1 })).toBeVisible();
	await expect(page.getByText('No classes yet.')).toBeVisible();

	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('alert')).toHaveText('Give the class a name.');
	await expect(page.getByText('No classes yet.')).toBeVisible();

	await page.getByLabel('Class name').fill('  Phlebotomy 101  ');
	await page.getByLabel('Class name').press('Enter');
	await expect(page.getByText('Created the class “Phlebotomy 101”.')).toBeVisible();
	const list = page.getByRole('list', { name: 'Your classes' });
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(list).toContainText('Phlebotomy 101');
	await expect(page.getByLabel('Class name')).toHaveValue('');

	await page.reload();
	await expect(page.getByRole('list', { name: 'Your classes' }).getByRole('listitem')).toHaveText([
		/Phlebotomy 101/
	]);
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations).toEqual([]);

	await page.goto('/backup');
	await expect(page.getByText(/the backup also holds each class’s private key/)).toBeVisible();
});
